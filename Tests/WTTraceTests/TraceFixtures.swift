import WTDiagnostics
import WTTrace

/// Traces and `trace.json` texts shared by the tests.
enum TraceFixtures {
    /// Reads `text` as `trace.json`, returning the trace and every diagnostic.
    static func read(_ text: String, path: String = "trace.json") -> (trace: Trace?, diagnostics: [Diagnostic]) {
        var diagnostics = DiagnosticEngine()
        let trace = TraceReader.read(SourceFile(path: path, text: text), diagnostics: &diagnostics)
        return (trace, diagnostics.diagnostics)
    }

    static let quoteList = JSONValue.array([
        .object([.init("text", .string("“The world…” — Einstein 🌍")), .init("tags", .array([.string("life")]))]),
        .object([
            .init("text", .string("tab\there\nnew line \u{2028} \u{2029} \u{1} \u{7F} \"q\" \\")), .init("n", .null),
        ]),
    ])

    static let button = TraceElement(
        ref: "e12", tag: "button", id: "submit", classes: ["btn", "btn-primary"], role: "button", name: "Log in",
        label: "Log in", text: "Log in ➜",
        attributes: [.init(name: "type", value: "submit"), .init(name: "data-x", value: "ä <&> \"")],
        selectors: ["#submit", "form > button.btn"], xpath: "/html/body/form/button[1]", index: 0)

    static func page(_ n: Int, snapshot: Bool = true) -> TracePage {
        TracePage(
            url: "https://example.com/p/\(n)?q=caf%C3%A9", title: "Page \(n) — 日本語",
            snapshot: snapshot ? "pages/\(n)-snapshot.html" : nil, response: snapshot ? "pages/\(n).html" : nil)
    }

    /// Every action and every member, with unicode, escapes, secrets and all kinds of numbers.
    static var rich: Trace {
        Trace(
            task: "Log in, then collect the quotes 📜 — “all of them”", name: "quotes-ünïcode",
            startURL: "https://example.com/", recordedMode: "browser",
            parameters: [
                TraceParameter(name: "user", type: "string", value: .string("zoë"), defaultValue: .string("guest")),
                TraceParameter(name: "password", type: "secret", value: nil),
                TraceParameter(name: "pages", type: "int", value: .number(3), defaultValue: .null),
                TraceParameter(name: "ratio", type: "number", value: .number(-0.125), defaultValue: .number(1e-7)),
                TraceParameter(name: "big", type: "number", value: .number(1e20), defaultValue: .number(123_456_789)),
                TraceParameter(name: "tags", type: "[string]", value: .array([.string("a"), .bool(true)])),
            ],
            outputs: [TraceOutput(name: "quotes", type: "[{ text: string, tags: [string] }]")],
            steps: richSteps,
            outcome: TraceOutcome(status: .failed, message: "timed out waiting for '.next'", failedStep: 12),
            result: .object([.init("quotes", quoteList), .init("count", .number(2.5))]))
    }

    static var richSteps: [TraceStep] {
        let list = TraceElement(tag: "ul", classes: ["quotes"])
        return [
            TraceStep(
                index: 1, action: .open, value: "https://example.com/login", after: page(1),
                timing: .init(startMs: 0, durationMs: 812.25)),
            TraceStep(
                index: 2, action: .fill, value: "zoë", target: TraceElement(tag: "input", id: "user"), before: page(1),
                source: "program.wt:3"),
            TraceStep(
                index: 3, action: .fill, secret: "password", target: TraceElement(tag: "input", name: "Password"),
                before: page(1)),
            TraceStep(
                index: 4, action: .click, target: button, scope: [TraceElement(tag: "iframe", id: "login"), list],
                before: page(1), after: page(2)),
            TraceStep(
                index: 5, action: .select, value: "Popular", selectBy: "label", target: TraceElement(tag: "select"),
                before: page(2)),
            TraceStep(
                index: 6, action: .select, value: "pop", selectBy: "value", target: TraceElement(tag: "select"),
                before: page(2)),
            TraceStep(
                index: 7, action: .check, target: TraceElement(tag: "input", role: "checkbox"),
                before: page(2, snapshot: false)),
            TraceStep(
                index: 8, action: .uncheck, target: TraceElement(tag: "input"), before: page(2),
                error: "element is disabled"),
            TraceStep(index: 9, action: .press, value: "Enter", target: TraceElement(tag: "input"), before: page(2)),
            TraceStep(index: 10, action: .scroll),
            TraceStep(index: 11, action: .back, after: page(1)),
            TraceStep(index: 12, action: .download, target: TraceElement(tag: "a", text: "CSV"), before: page(3)),
            TraceStep(
                index: 13, action: .extract, before: page(3),
                extraction: .init(
                    into: "quotes", append: true, value: quoteList, container: ["#orders tbody tr", "//tr[td]"],
                    fields: [
                        .init(name: "text", selectors: [".text"]),
                        .init(name: "price", selectors: ["(id('p'))", "./td[4]"]),
                    ])),
            TraceStep(
                index: 14, action: .extract, before: page(3),
                extraction: .init(into: "count", append: false, value: .number(42))),
            TraceStep(index: 15, action: .wait, error: "ok", timing: .init(startMs: 1e3, durationMs: 0.5)),
        ]
    }

    /// A small valid trace's text; `overrides` replace root member values (`1️⃣`-style markers allowed),
    /// `removing` leaves members out and `extra` adds members at the end.
    static func document(
        _ overrides: [String: String] = [:], removing: Set<String> = [], extra: [String] = []
    ) -> String {
        let base: [(String, String)] = [
            ("version", "1"), ("task", "\"Collect quotes\""), ("name", "\"quotes\""),
            ("startUrl", "\"https://example.com/\""), ("recordedMode", "\"browser\""), ("parameters", "[]"),
            ("outputs", "[]"), ("steps", "[]"), ("outcome", "{\"status\": \"success\"}"), ("result", "{}"),
        ]
        var lines = base.filter { !removing.contains($0.0) }.map { "  \"\($0.0)\": \(overrides[$0.0] ?? $0.1)" }
        lines += extra.map { "  " + $0 }
        return "{\n" + lines.joined(separator: ",\n") + "\n}\n"
    }

    /// A `document` whose steps are `steps`, one a line.
    static func document(steps: [String], outcome: String = "{\"status\": \"success\"}") -> String {
        let list = "[\n" + steps.map { "    " + $0 }.joined(separator: ",\n") + "\n  ]"
        return document(["steps": list, "outcome": outcome])
    }

    static let pageJSON = #"{"url": "https://example.com/", "title": "Home", "snapshot": "pages/1.html"}"#
    static let inputJSON = #"{"tag": "input"}"#
}
