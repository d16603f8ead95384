import Foundation
import WTDiagnostics
import WTRuntime
import WTSyntax

/// A fake page at one moment. Field values follow what a real extractor does: text whitespace-normalised,
/// `number`/`int` read from the digits in the text (`£51.77` → 51.77), `url` from `href` (else `src`)
/// resolved against the page, a missing element null when the field is optional and an error otherwise.
public struct FakeSnapshot: PageSnapshot {
    public let page: FakePage

    public init(page: FakePage) {
        self.page = page
    }

    public var url: String { page.url }
    public var title: String { page.title }

    public func count(_ locator: ResolvedLocator, scope: [ResolvedLocator]) throws(StepError) -> Int {
        try match(locator, scope: scope).elements.count
    }

    /// Elements with a `hidden` attribute count as not rendered, as in a static HTML page.
    public func visibleCount(_ locator: ResolvedLocator, scope: [ResolvedLocator]) throws(StepError) -> Int {
        try match(locator, scope: scope).elements.filter { $0.attributes["hidden"] == nil }.count
    }

    public func extract(_ field: FieldRequest, scope: [ResolvedLocator]) throws(StepError) -> Value {
        try value(field, in: try container(scope))
    }

    public func records(_ container: ResolvedLocator, fields: [FieldRequest], scope: [ResolvedLocator])
        throws(StepError) -> [Value]
    {
        var records: [Value] = []
        for element in try match(container, scope: scope).elements {
            var values: [Value.Field] = []
            for field in fields { values.append(.init(field.name, try value(field, in: element.children))) }
            records.append(.record(values))
        }
        return records
    }

    public func table(_ locator: ResolvedLocator, columns: [TableColumn], scope: [ResolvedLocator]) throws(StepError)
        -> [Value]
    {
        guard let table = try match(locator, scope: scope).elements.first?.table else {
            throw StepError(.notFound, "no table matches \(locator) on \(url)", pageSummary: summary())
        }
        let keys = table.headers.map { $0.lowercased().replacingOccurrences(of: " ", with: "_") }
        var rows: [Value] = []
        for row in table.rows {
            var fields: [Value.Field] = []
            for column in columns {
                let cell = keys.firstIndex(of: column.name.lowercased()).flatMap { $0 < row.count ? row[$0] : nil }
                fields.append(.init(column.name, try cellValue(cell, column)))
            }
            rows.append(.record(fields))
        }
        return rows
    }

    public func json() throws(StepError) -> JSONNode {
        guard let text = page.json else {
            throw StepError.notJSON(url)
        }
        do {
            return try PositionedJSON.parse(Array(text.utf8))
        } catch {
            throw StepError(.badResponse, "the page at \(url) is not valid JSON: \(error)")
        }
    }

    public func summary() -> String {
        if let summary = page.summary { return summary }
        let keys = page.elements.filter { !$0.value.isEmpty }.keys.sorted()
        let elements = keys.map { "\($0) ×\(page.elements[$0]?.count ?? 0)" }.joined(separator: ", ")
        return "title \"\(page.title)\"" + (elements.isEmpty ? ", no elements" : "; \(elements)")
    }

    // MARK: - Matching

    /// The elements inside the `within` chain.
    func container(_ scope: [ResolvedLocator]) throws(StepError) -> [String: [FakeElement]] {
        var elements = page.elements
        for locator in scope {
            guard let element = Self.match(locator, in: elements).elements.first else {
                throw StepError(.notFound, "nothing matches \(locator) (the 'within' scope) on \(url)")
            }
            elements = element.children
        }
        return elements
    }

    /// The key of the choice that matched and its elements.
    func match(_ locator: ResolvedLocator, scope: [ResolvedLocator]) throws(StepError)
        -> (key: String, elements: [FakeElement])
    {
        Self.match(locator, in: try container(scope))
    }

    static func match(_ locator: ResolvedLocator, in elements: [String: [FakeElement]])
        -> (key: String, elements: [FakeElement])
    {
        for choice in locator.choices {
            let key = self.key(choice)
            if let found = elements[key], !found.isEmpty { return (key, found) }
        }
        return (locator.choices.first.map(key) ?? "", [])
    }

    /// A CSS choice is keyed by its bare selector; the others as written in a program.
    static func key(_ choice: ResolvedLocator.Choice) -> String {
        if case .css(let selector) = choice { return selector }
        return ResolvedLocator(choices: [choice]).description
    }

    static func resolve(_ href: String, against base: String) -> String {
        URL(string: href, relativeTo: URL(string: base))?.absoluteString ?? href
    }
}
