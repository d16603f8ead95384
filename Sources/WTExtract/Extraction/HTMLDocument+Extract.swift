extension HTMLDocument {
    /// Extracts one value of `kind` from what `selector` selects in `context` (the document when nil).
    ///
    /// Scalar kinds read the first selected node; when nothing is selected they fail with
    /// `extract.no-match` naming the selector, or yield `.null` when `optional`. List kinds yield an
    /// empty list, `exists` yields false and `count` zero. A value that is present but cannot be read as
    /// the kind (`"twelve"` as a number) fails even when `optional`.
    public func extract(
        _ kind: FieldKind, _ selector: CompiledSelector, in context: Node? = nil, optional: Bool = false
    ) throws(ExtractError) -> ExtractedValue {
        let items = Item.all(try evaluate(selector, in: context))
        do {
            return try value(kind, from: items, optional: optional, selector: selector)
        } catch {
            throw error.kind == .noMatch || error.kind == .missingAttribute
                ? error : error.selected(by: selector.selector.description)
        }
    }

    /// Compiles `selector` and extracts with it.
    public func extract(
        _ kind: FieldKind, _ selector: Selector, in context: Node? = nil, optional: Bool = false
    ) throws(ExtractError) -> ExtractedValue {
        try extract(kind, CompiledSelector(selector), in: context, optional: optional)
    }

    private func value(
        _ kind: FieldKind, from items: [Item], optional: Bool, selector: CompiledSelector
    ) throws(ExtractError) -> ExtractedValue {
        switch kind {
        case .exists: return .bool(!items.isEmpty && !Self.isFalse(items))
        case .count: return .int(Self.count(items))
        case .texts: return .list(items.map(\.text).filter { !$0.isEmpty }.map(ExtractedValue.string))
        case .urls:
            return .list(
                items.compactMap { $0.link }.compactMap { try? Coercion.url($0, base: baseURL) }.map(ExtractedValue.url)
            )
        case .attrs(let name): return .list(items.compactMap { $0.attribute(name) }.map(ExtractedValue.string))
        default: break
        }
        // Whitespace between tags is text too; `::text` fields read the first text that shows.
        let first = items.first { !$0.isTextNode || !$0.text.isEmpty } ?? items.first
        guard let item = first else {
            if optional { return .null }
            throw ExtractMessage.noMatch(selector.selector.description)
        }
        switch kind {
        case .text: return .string(item.text)
        case .html: return .string(item.html(in: doc))
        case .number: return .number(try Coercion.number(item.text))
        case .int: return .int(try Coercion.int(item.text))
        case .bool: return .bool(try Coercion.bool(item.text))
        case .date: return .date(try Coercion.date(item.text))
        case .url:
            guard let link = item.link else { throw ExtractMessage.noLink(item.text) }
            return .url(try Coercion.url(link, base: baseURL))
        case .attr(let name):
            if let value = item.attribute(name) { return .string(value) }
            if optional { return .null }
            throw ExtractMessage.missingAttribute(name, selector.selector.description)
        case .exists, .count, .texts, .urls, .attrs: return .null
        }
    }

    /// `count` of nodes, or the number an XPath such as `count(//a)` computed.
    private static func count(_ items: [Item]) -> Int {
        if items.count == 1, case .value(let s) = items[0], let n = Double(s), n.isFinite {
            return Int(n)
        }
        return items.count
    }

    /// An XPath that computed `false()` selects nothing for `exists`.
    private static func isFalse(_ items: [Item]) -> Bool {
        guard items.count == 1, case .value(let s) = items[0] else { return false }
        return s == "false" || s.isEmpty || s == "0"
    }
}

extension ExtractError {
    /// The error with the selector that selected the offending text appended.
    func selected(by selector: String) -> ExtractError {
        ExtractError(kind, "\(message) (selected by \(ExtractMessage.quoted(selector)))")
    }
}
