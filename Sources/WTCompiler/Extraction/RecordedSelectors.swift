import WTTrace

/// The selectors the recording itself read an extraction with (`TraceExtraction.container` and
/// `fields`): evidence of which elements hold the values. The search tries them before any candidate of
/// its own, so between two selectors that agree on every example it keeps the one the recording used.
public struct RecordedSelectors: Sendable, Hashable {
    /// The `each`/`one` container's selectors, in the locator's order.
    public var container: [String]
    /// Each field's selectors, by field name (`value` for a single field).
    public var fields: [String: [String]]

    public init(container: [String] = [], fields: [String: [String]] = [:]) {
        self.container = container
        self.fields = fields
    }

    /// What the extraction steps of one group (a loop's iterations) recorded, each selector once, in the
    /// order first recorded.
    public init(_ extractions: [TraceExtraction]) {
        self.init()
        for extraction in extractions {
            for css in extraction.container where !container.contains(css) { container.append(css) }
            for field in extraction.fields {
                for css in field.selectors where !(fields[field.name] ?? []).contains(css) {
                    fields[field.name, default: []].append(css)
                }
            }
        }
    }

    /// The selectors recorded for field `name`.
    func field(_ name: String) -> [String] {
        fields[name] ?? []
    }
}
