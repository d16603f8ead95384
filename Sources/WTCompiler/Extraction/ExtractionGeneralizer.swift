import WTExtract
import WTSema
import WTTrace

/// Learns how to read what an extraction step produced: from example pages and the values extracted on
/// them, a container selector and per-field selectors that reproduce every example value exactly when run
/// through wtc's own extraction (WTExtract, with the runtime's conversions to the declared type).
///
/// The search is deterministic. Records are placed by the elements holding their values (the deepest
/// element holding them all, climbed while it holds no other record); containers and fields are then
/// tried the recording's own selectors first (evidence of which element it meant), then simplest first —
/// a class, `tag.class`, a semantic attribute, a bare tag, short paths (under an id however far up), a
/// link by where it goes, structural paths and columns, a value after its label by XPath,
/// generated-looking classes, `:nth-child` — the element that is the value before a wrapper whose text
/// equals it; the first that reproduces everything wins.
public enum ExtractionGeneralizer {
    /// A plan for `examples` whose values have `type`: `[{…}]` gives `each`, `{…}` gives `one`, a scalar or
    /// list of scalars a single page-level field.
    ///
    /// - Parameters:
    ///   - external: record fields the caller binds to expressions itself; they are not looked for.
    ///   - explain: gets one line per decision: the container and field plans chosen and the better-ranked
    ///     candidates that lost, with why.
    ///   - recorded: the selectors the recording read with, tried first.
    /// - Returns: the plan, or a failure naming the field and the closest miss (expected and actual value,
    ///   record and page).
    public static func generalize(
        _ examples: [ExtractionExample], type: WTType, external: Set<String>, explain: inout [String],
        pages cache: ExamplePages = ExamplePages(), recorded: RecordedSelectors = RecordedSelectors()
    ) -> Result<ExtractionPlan, GeneralizationFailure> {
        var pages: [ExamplePage] = []
        for (index, example) in examples.enumerated() {
            do {
                pages.append(try cache.page(example))
            } catch {
                return .failure(GeneralizerMessages.unparsable(index, example.url, error.message))
            }
        }
        let values = examples.map(\.value)
        switch Shape(type) {
        case .records(let fields, let each):
            let read = fields.filter { !external.contains($0.name) }
            if let unsupported = read.first(where: { !Shape.isReadable($0.type) }) {
                return .failure(GeneralizerMessages.unsupportedField(unsupported.name, unsupported.type))
            }
            switch records(values, pages, each: each, type: type) {
            case .success(let paged):
                return RecordGeneralizer.generalize(
                    paged, fields: read, each: each, recorded: recorded, explain: &explain)
            case .failure(let failure): return .failure(failure)
            }
        case .field:
            let samples = zip(pages, values).map { FieldSample(page: $0, context: nil, expected: $1, record: 1) }
            return FieldSearch.find(
                "value", type: type, samples: samples, recorded: recorded.field("value"), explain: &explain
            ).map(ExtractionPlan.field)
        case .unsupported:
            return .failure(GeneralizerMessages.unsupportedType(type))
        }
    }

    /// Each page's records: the elements of a list (`each`) or the one record (`one`).
    private static func records(
        _ values: [JSONValue], _ pages: [ExamplePage], each: Bool, type: WTType
    ) -> Result<[(page: ExamplePage, records: [JSONValue])], GeneralizationFailure> {
        var out: [(page: ExamplePage, records: [JSONValue])] = []
        for (index, (page, value)) in zip(pages, values).enumerated() {
            let records: [JSONValue]
            switch (value, each) {
            case (.array(let items), true) where items.allSatisfy(Shape.isObject): records = items
            case (.object, false): records = [value]
            default: return .failure(GeneralizerMessages.badExample(index, page.url, type))
            }
            out.append((page, records))
        }
        return .success(out)
    }
}
