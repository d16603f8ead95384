import Foundation
import Testing
import WTCompiler
import WTDiagnostics
import WTExtract
import WTSema
import WTSyntax
import WTTrace

/// Helpers for the generalizer tests: running it, and replaying its plans with WTExtract's public API
/// (independently of the generalizer's own verifier) to check they reproduce the examples.
enum GeneralizerTesting {
    struct Outcome {
        var result: Result<ExtractionPlan, GeneralizationFailure>
        var explain: [String]

        var plan: ExtractionPlan? { try? result.get() }
        var failure: GeneralizationFailure? {
            if case .failure(let failure) = result { return failure }
            return nil
        }
    }

    static func generalize(
        _ examples: [ExtractionExample], type: WTType, external: Set<String> = [],
        recorded: RecordedSelectors = RecordedSelectors()
    ) -> Outcome {
        var explain: [String] = []
        let result = ExtractionGeneralizer.generalize(
            examples, type: type, external: external, explain: &explain, recorded: recorded)
        return Outcome(result: result, explain: explain)
    }

    /// A plan's selector compiled as the compiler writes it: XPath when it starts with `/`, `(`, `./` or
    /// `..` (the program says `xpath "…"`), else CSS.
    static func compiled(_ selector: String) throws -> CompiledSelector {
        let xpath = ["/", "(", "./", ".."].contains { selector.hasPrefix($0) }
        return try CompiledSelector(xpath ? .xpath(selector) : .css(selector))
    }

    /// A whole HTML document around `body`.
    static func page(_ body: String, title: String = "Example") -> String {
        "<!DOCTYPE html><html><head><meta charset=utf-8><title>\(title)</title></head><body>\(body)</body></html>"
    }

    /// A record type from `name: type` pairs.
    static func record(_ fields: KeyValuePairs<String, WTType>) -> WTType {
        .record(fields.map { WTType.RecordField(name: $0.key, type: $0.value) })
    }

    /// A JSON value from text.
    static func json(_ text: String) throws -> JSONValue {
        JSONValue(try PositionedJSON.parse(Array(text.utf8)))
    }

    /// What running `plan` on the example's page outputs, for the fields the plan reads.
    static func replay(_ plan: ExtractionPlan, on example: ExtractionExample, type: WTType) throws -> JSONValue {
        let document = try HTMLDocument(html: example.html, url: example.url)
        switch plan {
        case .field(let field):
            return try read(field, type: type, in: nil, document)
        case .each(let container, let fields), .one(let container, let fields):
            let recordType = type.unwrapped.elementType?.unwrapped ?? type.unwrapped
            let records = try document.select(compiled(container)).map { node in
                JSONValue.object(
                    try fields.map { field in
                        .init(
                            field.name,
                            try read(field, type: recordType.field(field.name) ?? .error, in: node, document))
                    })
            }
            if case .one = plan { return records.count == 1 ? records[0] : .array(records) }
            return .array(records)
        }
    }

    /// Checks that replaying `plan` on every example gives the example's value.
    static func expectReproduces(
        _ plan: ExtractionPlan, _ examples: [ExtractionExample], type: WTType,
        sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) throws {
        for example in examples {
            let replayed = try replay(plan, on: example, type: type)
            #expect(replayed == projected(example.value, on: plan), "on \(example.url)", sourceLocation: sourceLocation)
        }
    }

    /// `value` with only the members the plan reads (bound fields are the caller's business).
    static func projected(_ value: JSONValue, on plan: ExtractionPlan) -> JSONValue {
        let names: [String]
        switch plan {
        case .field: return value
        case .each(_, let fields), .one(_, let fields): names = fields.map(\.name)
        }
        func project(_ record: JSONValue) -> JSONValue {
            .object(names.map { JSONValue.Member($0, record[$0] ?? .null) })
        }
        if case .array(let items) = value { return .array(items.map(project)) }
        return project(value)
    }

    private static func read(_ field: FieldPlan, type: WTType, in node: Node?, _ document: HTMLDocument) throws
        -> JSONValue
    {
        let selector = try compiled(field.selector)
        if field.kind == .html {
            return try document.select(selector, in: node).first.map { .string($0.innerHTML) } ?? .null
        }
        let kind: WTExtract.FieldKind
        switch field.kind {
        case .text: kind = .text
        case .texts: kind = .texts
        case .number: kind = .number
        case .int: kind = .int
        case .url: kind = .url
        case .urls: kind = .urls
        case .date: kind = .date
        case .exists: kind = .exists
        case .count: kind = .count
        case .attr: kind = .attr(field.attribute ?? "")
        case .attrs: kind = .attrs(field.attribute ?? "")
        case .html: kind = .html
        }
        return json(try document.extract(kind, selector, in: node, optional: type.isOptional))
    }

    private static func json(_ value: ExtractedValue) -> JSONValue {
        switch value {
        case .string(let s), .url(let s), .date(let s): .string(s)
        case .int(let n): .number(Double(n))
        case .number(let n): .number(n)
        case .bool(let b): .bool(b)
        case .list(let items): .array(items.map(json))
        case .record(let fields): .object(fields.map { .init($0.name, json($0.value)) })
        case .null: .null
        }
    }
}
