import WTDiagnostics
import WTExtract
import WTRuntime
import WTSyntax

/// A page read with libxml2 — the same code whichever way the HTML arrived (HTTP now, a browser's DOM
/// later), so both modes return identical values for identical HTML.
struct LibXMLSnapshot: PageSnapshot {
    let document: HTMLDocument
    let url: String
    /// The body read as JSON (or why it is not valid JSON) when the page is a JSON document; `document`
    /// then shows it in a `<pre>`, as a browser does.
    var jsonBody: Result<JSONNode, StepError>? = nil

    func json() throws(StepError) -> JSONNode {
        guard let jsonBody else { throw StepError.notJSON(url) }
        return try jsonBody.get()
    }
    /// The markup the document was parsed from, kept when libxml2 could not write the tree back as it is
    /// (a browser page with `<frame>`s, whose children its writer leaves out: `FrameElements`).
    var markup: String? = nil

    var title: String {
        let nodes = (try? document.select(.xpath("/html/head/title | //title"))) ?? []
        return nodes.first?.text ?? ""
    }

    func count(_ locator: ResolvedLocator, scope: [ResolvedLocator]) throws(StepError) -> Int {
        let profiled = PhaseProfile.start()
        defer { PhaseProfile.add(.extraction, since: profiled) }
        let context = try scopeNode(scope)
        do {
            return try firstMatching(locator, in: context).nodes.count
        } catch {
            // `exists xpath "boolean(…)"`, `count xpath "count(…)"`: what the value says.
            guard let selector = valueSelector(locator, in: context) else { throw error }
            return try valueCount(selector, locator, in: context)
        }
    }

    func extract(_ field: FieldRequest, scope: [ResolvedLocator]) throws(StepError) -> Value {
        let profiled = PhaseProfile.start()
        defer { PhaseProfile.add(.extraction, since: profiled) }
        let context = try scopeNode(scope)
        return try extract(field, in: context)
    }

    func records(_ container: ResolvedLocator, fields: [FieldRequest], scope: [ResolvedLocator])
        throws(StepError) -> [Value]
    {
        let profiled = PhaseProfile.start()
        defer { PhaseProfile.add(.extraction, since: profiled) }
        let found = try matches(container, scope: scope)
        var records: [Value] = []
        for node in found.nodes {
            var values: [Value.Field] = []
            for field in fields {
                values.append(Value.Field(field.name, try extract(field, in: node)))
            }
            records.append(.record(values))
        }
        return records
    }

    func table(_ locator: ResolvedLocator, columns: [TableColumn], scope: [ResolvedLocator]) throws(StepError)
        -> [Value]
    {
        let profiled = PhaseProfile.start()
        defer { PhaseProfile.add(.extraction, since: profiled) }
        let context = try scopeNode(scope)
        let found = try firstMatching(locator, in: context)
        let rows: [ExtractedValue]
        do {
            rows = try document.extractTable(found.selector, columns: columns.map(\.name), in: context)
        } catch {
            throw stepError(error, locator)
        }
        return try rows.map { row throws(StepError) in try TableCoercion.record(row, columns: columns) }
    }

    func visibleCount(_ locator: ResolvedLocator, scope: [ResolvedLocator]) throws(StepError) -> Int {
        let profiled = PhaseProfile.start()
        defer { PhaseProfile.add(.extraction, since: profiled) }
        return try matches(locator, scope: scope).nodes.filter(\.isRendered).count
    }

    /// An input's value attribute (the serializer writes a browser's live value there), a textarea's text,
    /// a select's selected option (its value, else its text; the first option when none is selected).
    func formValue(_ locator: ResolvedLocator, scope: [ResolvedLocator]) throws(StepError) -> String? {
        guard let node = try matches(locator, scope: scope).nodes.first else { return nil }
        switch node.tagName {
        case "textarea": return node.value
        case "select":
            let options = (try? document.select(.xpath(".//option"), in: node)) ?? []
            let chosen = options.last { $0.attribute("selected") != nil } ?? options.first
            return chosen.map { $0.attribute("value") ?? $0.text }
        default: return node.attribute("value") ?? ""
        }
    }

    /// `then int` / `then number` with the field kinds' own rules.
    func read(_ text: String, as kind: WTSyntax.FieldKind) throws(StepError) -> Value {
        do throws(ExtractError) {
            return kind == .int ? .int(try Coercion.int(text)) : .number(try Coercion.number(text))
        } catch {
            throw StepError(.coercion, error.message)
        }
    }

    func summary() -> String { PageSummary.describe(document, url: url, title: title) }

    /// The summary with what the page has of the kinds `locator` asks for (labels, button names, …).
    func summary(for locator: ResolvedLocator) -> String {
        PageSummary.describe(document, url: url, title: title, for: locator)
    }

    /// One field inside `context` (nil: the whole page), trying fallbacks in order.
    func extract(_ field: FieldRequest, in context: Node?) throws(StepError) -> Value {
        let found: (selector: CompiledSelector, nodes: [Node])
        do {
            found = try firstMatching(field.locator, in: context)
        } catch {
            // An XPath such as `substring-after(//p, 'in ')` yields a value; the value kinds read it.
            guard let selector = valueSelector(field.locator, in: context) else { throw error }
            return try readValue(field, selector, in: context)
        }
        if field.kind == .html { return try innerHTML(found, field) }
        do {
            let kind = ValueConversion.kind(field.kind, attribute: field.attribute)
            let value = try document.extract(kind, found.selector, in: context, optional: field.optional)
            return ValueConversion.value(value)
        } catch {
            throw stepError(error, field.locator)
        }
    }

    /// `html` is the element's inner HTML in the language (the markup a person sees inside it).
    private func innerHTML(_ found: (selector: CompiledSelector, nodes: [Node]), _ field: FieldRequest)
        throws(StepError) -> Value
    {
        guard let node = found.nodes.first else {
            if field.optional { return .null }
            throw StepError(.notFound, "no element matches \(field.locator)", pageSummary: summary(for: field.locator))
        }
        return .string(Node.withoutVisibilityMarks(node.innerHTML))
    }

    // MARK: - Finding elements

    /// The element the `within` chain points at; nil for the whole page.
    func scopeNode(_ scope: [ResolvedLocator]) throws(StepError) -> Node? {
        var context: Node?
        for locator in scope {
            let found = try firstMatching(locator, in: context)
            guard let node = found.nodes.first else {
                throw StepError(
                    .notFound, "no element matches the scope \(locator)", pageSummary: summary(for: locator))
            }
            if found.nodes.count > 1, !locator.first {
                throw StepError(.ambiguous, "the scope \(locator) matches \(found.nodes.count) elements")
            }
            context = node
        }
        return context
    }

    func matches(_ locator: ResolvedLocator, scope: [ResolvedLocator]) throws(StepError)
        -> (selector: CompiledSelector, nodes: [Node])
    {
        try firstMatching(locator, in: try scopeNode(scope))
    }

    /// The first choice that selects anything, with its nodes; the first choice (and no nodes) when none does.
    func firstMatching(_ locator: ResolvedLocator, in context: Node?) throws(StepError)
        -> (selector: CompiledSelector, nodes: [Node])
    {
        var first: CompiledSelector?
        for choice in locator.choices {
            let selector = try SelectorCache.shared.selector(for: choice)
            if first == nil { first = selector }
            let nodes: [Node]
            do {
                nodes = try document.select(selector, in: context)
            } catch {
                throw stepError(error, locator)
            }
            if !nodes.isEmpty { return (selector, nodes) }
        }
        guard let first else { throw StepError(.other, "an empty locator") }
        return (first, [])
    }

    func stepError(_ error: ExtractError, _ locator: ResolvedLocator) -> StepError {
        let notFound = [
            "extract.no-match", "extract.missing-attribute", "extract.missing-field", "extract.no-table",
            "extract.no-column",
        ]
        let kind: StepError.Kind =
            error.isProgramError
            ? .programError
            : notFound.contains(error.id) ? .notFound : error.id.hasPrefix("extract.not-a") ? .coercion : .other
        return StepError(
            kind, "\(locator): \(error.message)", pageSummary: kind == .notFound ? summary(for: locator) : summary())
    }
}
