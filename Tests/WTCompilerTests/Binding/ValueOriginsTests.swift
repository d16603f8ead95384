import Foundation
import Testing
import WTSyntax
import WTTrace

@testable import WTCompiler

/// `ValueOrigins`: every value a trace types, chooses or opens is explained by a parameter, an earlier
/// read (whole, a regex part of it, or text around it), the page's own option, or becomes a parameter.
@Suite("Value origins")
struct ValueOriginsTests {
    static let answer = TraceElement(tag: "input", id: "answer", attributes: [.init(name: "name", value: "reply")])

    static func read(_ index: Int, _ into: String, _ value: JSONValue, append: Bool = false) -> TraceStep {
        TraceStep(index: index, action: .extract, extraction: TraceExtraction(into: into, append: append, value: value))
    }

    static func fill(_ index: Int, _ value: String, _ target: TraceElement = answer) -> TraceStep {
        TraceStep(index: index, action: .fill, value: value, target: target)
    }

    static func origins(_ steps: [TraceStep], _ parameters: [TraceParameter] = []) -> ValueOrigins {
        ValueOrigins.analyze(steps, parameters: parameters, taken: ["word"])
    }

    @Test("a typed value equal to an earlier read is that read")
    func wholeRead() {
        let found = Self.origins([Self.read(1, "word", .string("Maria")), Self.fill(2, "Maria")])
        #expect(found.byStep[2] == .read("word"))
        #expect(found.parameters.isEmpty)
    }

    @Test("a value equal to a parameter is the parameter, even when the page also showed it")
    func parameterFirst() {
        let query = TraceParameter(name: "query", type: "string", value: .string("laptop"))
        let found = Self.origins([Self.read(1, "heading", .string("laptop")), Self.fill(2, "laptop")], [query])
        #expect(found.byStep[2] == .parameter("query"))
    }

    @Test("only reads made before the step count, and the latest value of a name")
    func readsInOrder() {
        let later = Self.origins([Self.fill(1, "Maria"), Self.read(2, "word", .string("Maria"))])
        #expect(later.byStep[1] == .unexplained("reply"))
        let overwritten = Self.origins([
            Self.read(1, "word", .string("Maria")), Self.read(2, "word", .string("Pedro")), Self.fill(3, "Maria"),
        ])
        #expect(overwritten.byStep[3] == .unexplained("reply"))
        let appended = Self.origins([
            Self.read(1, "word", .string("Maria")), Self.read(2, "word", .array([.string("Pedro")]), append: true),
        ])
        #expect(appended.byStep.isEmpty)
    }

    @Test("a record's field is read by its path; a number is written into a template")
    func recordFieldsAndNumbers() {
        let record: JSONValue = .object([.init("name", .string("Maria")), .init("age", .number(41))])
        let found = Self.origins([Self.read(1, "person", record), Self.fill(2, "Maria"), Self.fill(3, "41")])
        #expect(found.byStep[2] == .read("person.name"))
        #expect(found.byStep[3] == .interpolated([.reference("person.age")]))
    }

    @Test("a part of a read is taken with a regex capture that finds it in the read")
    func regexPart() throws {
        let found = Self.origins([Self.read(1, "status", .string("Order #4521 is ready")), Self.fill(2, "4521")])
        guard case .readPart("status", let pattern)? = found.byStep[2] else {
            Issue.record("not a part of the read: \(String(describing: found.byStep[2]))")
            return
        }
        #expect(RegexPart.firstCapture(pattern, in: "Order #4521 is ready") == "4521")
        #expect(RegexPart.firstCapture(pattern, in: "Order #77 is ready") == "77")
    }

    @Test("text around a read or parameter value is a template of it")
    func interpolation() {
        let found = Self.origins([Self.read(1, "word", .string("Maria")), Self.fill(2, "Dear Maria,")])
        #expect(found.byStep[2] == .interpolated([.text("Dear "), .reference("word"), .text(",")]))
    }

    @Test("a chosen option nothing explains is the page's own; a typed value nothing explains a parameter")
    func unexplained() {
        let select = TraceStep(index: 1, action: .select, value: "Express", target: TraceElement(tag: "select"))
        let name = TraceElement(tag: "input", label: "Full name")
        let found = Self.origins([select, Self.fill(2, "Ada", name), Self.fill(3, "Ada", name), Self.fill(4, "")])
        #expect(found.byStep[1] == .pageLiteral)
        #expect(found.byStep[2] == .unexplained("full_name"))
        #expect(found.byStep[3] == .unexplained("full_name"), "the same value typed again is the same parameter")
        #expect(found.byStep[4] == .literal)
        #expect(found.parameters == [TraceParameter(name: "full_name", type: "string", value: .string("Ada"))])
    }

    @Test("new parameter names avoid keywords and names already taken")
    func names() {
        var namer = ParameterNamer(taken: ["q"])
        #expect(namer.name(for: TraceElement(tag: "input", id: "q")) == "q_2")
        #expect(namer.name(for: TraceElement(tag: "input", id: "url")) == "url_input")
        #expect(namer.name(for: TraceElement(tag: "input", id: "2nd-line")) == "nd_line")
        #expect(namer.name(for: nil) == "text_input")
    }

    @Test("an address with a read in its path or query binds it, around the base_url parameter")
    func addresses() {
        let base = TraceParameter(name: "base_url", type: "url", value: .string("http://127.0.0.1:8000"))
        let open = TraceStep(index: 2, action: .open, value: "http://127.0.0.1:8000/greet/Maria?from=quiz")
        let found = Self.origins([Self.read(1, "word", .string("Maria")), open], [base])
        let expected: [TemplatePart] = [
            .reference("base_url"), .text("/greet/"), .reference("word"), .text("?from=quiz"),
        ]
        #expect(found.byStep[2] == .interpolated(expected))
        let whole = Self.origins([
            Self.read(1, "next", .string("http://x.test/a")),
            TraceStep(index: 2, action: .open, value: "http://x.test/a"),
        ])
        #expect(whole.byStep[2] == .read("next"))
        #expect(Self.origins([TraceStep(index: 1, action: .open, value: "http://x.test/a")]).byStep.isEmpty)
    }

    @Test("a typed value the page showed but no step read is shown on the page, and held from then on")
    func shownOnPage() {
        let page = TracePage(url: "http://x.test/quiz", title: "quiz", snapshot: "snapshots/0001.html")
        var typed = Self.fill(1, "Maria")
        typed.before = page
        let greeting = Self.fill(2, "Dear Maria")
        let found = ValueOrigins.analyze([typed, greeting], parameters: [], taken: []) { shownPage, value in
            shownPage == page && value == "Maria"
        }
        #expect(found.byStep[1] == .shownOnPage("reply"))
        #expect(found.byStep[2] == .interpolated([.text("Dear "), .reference("reply")]))
        #expect(Self.origins([typed]).byStep[1] == .unexplained("reply"), "not shown: a parameter")
    }

    @Test("a list parameter's values are left to the loop over it")
    func listParameterValues() {
        let queries = TraceParameter(
            name: "queries", type: "[string]", value: .array([.string("laptop"), .string("tablet")]))
        let found = Self.origins([Self.fill(1, "laptop"), Self.fill(2, "tablet")], [queries])
        #expect(found.byStep.isEmpty)
        #expect(found.parameters.isEmpty)
    }

    @Test("an id in an address that is a regex part of a read is bound by a let before the step")
    func derivedParts() throws {
        let base = TraceParameter(name: "base_url", type: "url", value: .string("http://127.0.0.1:8000"))
        let open = TraceStep(index: 2, action: .open, value: "http://127.0.0.1:8000/orders/4521/items")
        let found = Self.origins([Self.read(1, "order", .string("Order #4521 is ready")), open], [base])
        let expected: [TemplatePart] = [
            .reference("base_url"), .text("/orders/"), .reference("order_number"), .text("/items"),
        ]
        #expect(found.byStep[2] == .interpolated(expected))
        let part = try #require(found.derived[2]?.first)
        #expect(part.name == "order_number" && part.path == "order")
        #expect(RegexPart.firstCapture(part.pattern, in: "Order #17 is ready") == "17")
        let words = TraceStep(index: 2, action: .open, value: "http://127.0.0.1:8000/orders/ready")
        #expect(Self.origins([Self.read(1, "order", .string("Order #4521 is ready")), words], [base]).byStep.isEmpty)
    }

    @Test("a read typed in other letter case is the read, lower- or upper-cased")
    func recased() {
        let found = Self.origins([Self.read(1, "word", .string("Maria")), Self.fill(2, "maria"), Self.fill(3, "MARIA")])
        #expect(found.byStep[2] == .recased("word", transform: .lower))
        #expect(found.byStep[3] == .recased("word", transform: .upper))
        #expect(found.byStep[2].map { Printer.print($0.expression("maria")) } == "word then lower")
    }

    @Test("an address is not bound to a value the run typed and nothing explained")
    func addressNotBoundToTypedValues() {
        let open = TraceStep(index: 2, action: .open, value: "http://x.test/list?page=10")
        let found = Self.origins([Self.fill(1, "10"), open])
        #expect(found.byStep[1] == .unexplained("reply"))
        #expect(found.byStep[2] == nil)
    }
}
