import Testing
import WTDiagnostics
import WTRuntime
import WTSyntax
import WTTrace

@testable import WTAgent

/// The agent's tool inputs: schemas that parse, and input errors that name the member to correct.
@Suite("Agent tool inputs")
struct AgentToolInputTests {
    private func json(_ text: String) throws -> JSONValue { JSONValue(try PositionedJSON.parse(Array(text.utf8))) }

    @Test("every tool's schema is an object schema whose required members are among its properties")
    func schemas() {
        #expect(AgentTools.all.count == 17)
        for tool in AgentTools.all {
            #expect(tool.inputSchema["type"] == .string("object"), "\(tool.name)")
            let properties = tool.inputSchema["properties"]?.objectKeys ?? []
            guard case .array(let required)? = tool.inputSchema["required"] else {
                Issue.record("\(tool.name) has no required list")
                continue
            }
            for name in required {
                guard case .string(let s) = name else { continue }
                #expect(properties.contains(s), "\(tool.name) requires \(s), which it does not describe")
            }
        }
        #expect(AgentTools.all.first { $0.name == "extract" }?.inputSchema["properties"]?.objectKeys.count == 9)
    }

    @Test("one record inside nested scopes: the probe program reads it within each scope, outermost first")
    func extractOneWithin() throws {
        let request = try ExtractRequest(
            ToolInput(
                try json(
                    ##"{"into": "details", "within": ["iframe#viewer", "#card"], "container": "main", "one": true, "##
                        + #""fields": {"title": {"selector": "h1"}}}"#)))
        #expect(request.typeText(optionalFields: false) == "{ title: string }")
        let text = Printer.print(request.program())
        #expect(
            text.contains("within \"iframe#viewer\" {\n  within \"#card\" {\n    extract details = one \"main\""),
            "\(text)")
        #expect(try message(#"{"into": "d", "one": true, "selector": "h1"}"#).hasPrefix("container is missing"))
        #expect(
            try message(
                #"{"into": "d", "one": true, "append": true, "container": "m", "fields": {"a": {"selector": "b"}}}"#
            )
            .contains("cannot be appended"))
        #expect(
            try message(#"{"into": "d", "within": ["f", true], "selector": "h1"}"#).hasPrefix(
                "within[1] must be a string"))
    }

    @Test("a record extraction reads into a list of records; a field without a selector is named by its path")
    func extractInput() throws {
        let request = try ExtractRequest(
            ToolInput(
                try json(
                    #"{"into": "quotes", "container": ".quote", "fields": {"text": {"selector": ".text"}, "#
                        + #""tags": {"selector": "a", "kind": "texts"}, "link": {"selector": "a", "kind": "attr", "attribute": "href"}}}"#
                )))
        #expect(request.typeText(optionalFields: false) == "[{ text: string, tags: [string], link: string }]")
        #expect(request.typeText(optionalFields: true) == "[{ text: string?, tags: [string]?, link: string? }]")
        #expect(throws: ToolError.self) {
            try ExtractRequest(
                ToolInput(try json(#"{"into": "q", "container": ".x", "fields": {"a": {"kind": "text"}}}"#)))
        }
        #expect(
            try message(#"{"into": "q", "container": ".x", "fields": {"a": {}}}"#).hasPrefix(
                "fields.a.selector is missing"))
        #expect(try message(#"{"into": "if", "selector": "h1"}"#).contains("'if' is not a name"))
    }

    /// The error an extract input gets, or a note that it had none.
    private func message(_ input: String) throws -> String {
        let value = try json(input)
        do {
            _ = try ExtractRequest(ToolInput(value))
            return "no error"
        } catch {
            return error.message
        }
    }

    @Test("an extraction before any action replaces the previous one into the same output; appends add up")
    func extractionLog() throws {
        let one = try ExtractRequest(
            ToolInput(try json(#"{"into": "items", "container": "li", "fields": {"t": {"selector": "b"}}}"#)))
        let more = try ExtractRequest(
            ToolInput(
                try json(#"{"into": "items", "append": true, "container": "li", "fields": {"t": {"selector": "b"}}}"#)))
        let row = { (t: String) in Value.record([Value.Field("t", .string(t))]) }
        var log = ExtractionLog()
        log.keep(.init(request: one, value: .list([row("wrong")]), step: 1))
        #expect(log.replaceable("items")?.step == 1)
        log.keep(.init(request: one, value: .list([row("a")]), step: 1))
        #expect(log.entries.count == 1)
        log.actionHappened()
        #expect(log.replaceable("items") == nil)
        log.keep(.init(request: more, value: .list([row("b")]), step: 3))
        #expect(log.outputs.map(\.name) == ["items"])
        #expect(log.outputs.first?.value == .list([row("a"), row("b")]))
        #expect(log.declarations == [TraceOutput(name: "items", type: "[{ t: string }]")])
    }
}
