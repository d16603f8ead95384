import WTExtract
import WTSema
import WTSyntax
import WTTrace

extension Lowerer {
    /// A list of strings no set of elements holds one by one, but one element's text lists
    /// (`Red, Green, Blue` for `["red", "green", "blue"]`): that text read `then split` by its separator, and
    /// `then lower`/`then upper` when the recorded items are the parts in another case. One separator and
    /// one case for every step of `group`; nil when the values are not such a list.
    mutating func readSplit(_ group: [TraceStep]) -> [Lowered]? {
        var shapes: Set<ListShape> = []
        var whole: [TraceStep] = []
        for step in group {
            guard case .array(let items)? = step.extraction?.value, items.count >= 2,
                let document = store.document(step.before)
            else { return nil }
            let strings = items.compactMap { item -> String? in
                if case .string(let text) = item { return text }
                return nil
            }
            guard strings.count == items.count, let (shown, shape) = Self.listedText(strings, in: document) else {
                return nil
            }
            shapes.insert(shape)
            var read = step
            read.extraction?.value = .string(shown)
            whole.append(read)
        }
        guard shapes.count == 1, let shape = shapes.first, let first = group.first?.extraction else { return nil }
        let more = [Transform.Kind.split(StringLiteral(text: shape.separator))] + (shape.recase.map { [$0] } ?? [])
        guard let reads = reading(whole, matching: nil, holding: "", then: more) else { return nil }
        log.explain.append(
            "step \(group[0].index) extract \(first.into): no elements hold the items one by one, but one text lists "
                + "them: its text then split \(Printer.print(Syntax.string(shape.separator)))"
                + (shape.recase.map { " then \(Transform($0).name)" } ?? ""))
        return reads
    }

    /// How a text lists a list: the separator, and the case change that makes its parts the items.
    struct ListShape: Hashable {
        var separator: String
        var recase: Transform.Kind?
    }

    static let listSeparators = [",", ";", "|", "/", "·", "•"]

    /// The shortest rendered text (at most 500 characters) whose parts between one separator, trimmed, are
    /// `items` as they are, lower-cased or upper-cased.
    static func listedText(_ items: [String], in document: HTMLDocument) -> (String, ListShape)? {
        guard let first = items.first?.lowercased() else { return nil }
        return shortestShownText(in: document, longest: 500) { text in
            text.lowercased().contains(first) ? listShape(of: text, items: items) : nil
        }.map { ($0.text, $0.verdict) }
    }

    private static func listShape(of text: String, items: [String]) -> ListShape? {
        for separator in listSeparators where text.contains(separator) {
            let parts = TextTransforms.split(text, by: separator)
            guard parts.count == items.count else { continue }
            if parts == items { return ListShape(separator: separator, recase: nil) }
            if parts.map({ $0.lowercased() }) == items { return ListShape(separator: separator, recase: .lower) }
            if parts.map({ $0.uppercased() }) == items { return ListShape(separator: separator, recase: .upper) }
        }
        return nil
    }
}
