import Foundation
import Testing
import WTCompiler
import WTExtract
import WTTrace

/// Postconditions from what an action changed on a page it did not leave: the element that appeared (or,
/// failing that, went away) on every run becomes a check right after the action.
@Suite("Checks for what an action changed")
struct PageChangeTests {
    static let base = "http://127.0.0.1:8000/settings"

    /// The settings page: a welcome dialog, a name, a Save button, and whatever `extra` adds.
    static func page(dialog: Bool, _ extra: String = "") -> String {
        let welcome =
            dialog
            ? #"<div class="modal" id="welcome"><p>Hello</p><button id="close-welcome">Close</button></div>"# : ""
        return """
            <html><head><title>Settings</title></head><body>\(welcome)
            <main><h1>Settings</h1><span id="user">Ada</span>
            <form method="post"><button id="save" type="submit">Save</button></form>\(extra)</main></body></html>
            """
    }

    static let toast = #"<div class="toast" id="saved"><b class="icon">✓</b> Saved</div>"#

    static func element(_ id: String, _ text: String, in html: String) throws -> TraceElement {
        let node = try #require(try HTMLDocument(html: html).select(.css("#\(id)")).first)
        return TraceElement(
            tag: "button", id: id, role: "button", name: text, text: text,
            attributes: [.init(name: "id", value: id)], xpath: node.absoluteXPath)
    }

    /// open → close the dialog → save (a toast appears; a loading class shows only right after) → read the name.
    static func trace(mode: String) throws -> (Trace, [String: String]) {
        let served = mode == "http"
        var files: [String: String] = [:]
        func page(_ n: Int, _ html: String, response: Bool = true) -> TracePage {
            files["snapshots/\(n).html"] = html
            if response { files["responses/\(n).html"] = html }
            return TracePage(
                url: base, title: "Settings", snapshot: "snapshots/\(n).html",
                response: response ? "responses/\(n).html" : nil)
        }
        let opened = page(1, Self.page(dialog: true))
        let closed = page(2, Self.page(dialog: false), response: false)
        // Over HTTP the form posts and the answer is a new document; in a browser a script shows the toast.
        let saving = page(3, Self.page(dialog: false, #"<i class="is-loading"></i>"# + toast), response: served)
        let saved = page(4, Self.page(dialog: false, toast), response: served)
        let steps = [
            TraceStep(index: 1, action: .open, value: base, after: opened),
            TraceStep(
                index: 2, action: .click, target: try element("close-welcome", "Close", in: Self.page(dialog: true)),
                before: opened, after: closed),
            TraceStep(
                index: 3, action: .click, target: try element("save", "Save", in: Self.page(dialog: false)),
                before: closed, after: saving),
            TraceStep(
                index: 4, action: .extract, before: saved, after: saved,
                extraction: TraceExtraction(into: "user", append: false, value: .string("Ada"))),
        ]
        let trace = Trace(
            task: "Save the settings and read the user's name", name: "settings", startURL: base,
            recordedMode: mode, parameters: [], outputs: [TraceOutput(name: "user", type: "string")],
            steps: served
                ? [steps[0], steps[2], steps[3]].map { step in
                    var step = step
                    if step.index == 3 { step.before = opened }
                    return step
                } : steps,
            outcome: TraceOutcome(status: .success), result: .object([.init("user", .string("Ada"))]))
        return (trace, files)
    }

    @Test("in a browser program, what appeared is waited for and what went away is waited out")
    func browserChecks() async throws {
        let (trace, files) = try Self.trace(mode: "browser")
        let outcome = await CompilerHarness.compile(trace, snapshots: files)
        #expect(outcome.verification == .reproduced, "\(outcome.diagnostics)")
        let source = try #require(outcome.source, "\(outcome.diagnostics)")
        let lines = source.split(separator: "\n").map(String.init)
        let close = try #require(lines.firstIndex { $0.hasPrefix("click \"#close-welcome\"") }, "\(source)")
        #expect(lines[close + 1] == ##"wait for not exists "#welcome""##, "\(source)")
        let save = try #require(lines.firstIndex { $0.hasPrefix("click \"#save\"") }, "\(source)")
        // The toast's own element, not its icon inside; not the loading mark that was gone by the next step.
        #expect(lines[save + 1] == ##"wait for exists "#saved""##, "\(source)")
        #expect(!source.contains("is-loading"))
        #expect(outcome.explanation.contains("#saved appeared after it on every run"))
    }

    @Test("in an HTTP program, a form that posts back to the same address is checked with expect")
    func httpChecks() async throws {
        let (trace, files) = try Self.trace(mode: "http")
        let outcome = await CompilerHarness.compile(trace, snapshots: files)
        #expect(outcome.verification == .reproduced, "\(outcome.diagnostics)")
        let source = try #require(outcome.source, "\(outcome.diagnostics)")
        #expect(source.contains("mode auto"), "\(source)")
        #expect(source.contains("click \"#save\"") && source.contains(##"expect exists "#saved""##), "\(source)")
        #expect(!source.contains("wait for"))
    }

    @Test("an action that changed nothing it can name gets no check")
    func nothingChanged() async throws {
        let (recorded, files) = try Self.trace(mode: "browser")
        var trace = recorded
        // Saving shows nothing new: the page after is the page before.
        trace.steps[2].after = trace.steps[2].before
        trace.steps[3].before = trace.steps[2].before
        trace.steps[3].after = trace.steps[2].before
        let outcome = await CompilerHarness.compile(trace, snapshots: files)
        let source = try #require(outcome.source, "\(outcome.diagnostics)")
        #expect(outcome.verification == .reproduced, "\(outcome.diagnostics)")
        #expect(source.contains(##"wait for not exists "#welcome""##), "\(source)")
        #expect(!outcome.explanation.contains("step 3: "), "\(outcome.explanation)")
        #expect(!source.contains("#saved"), "\(source)")
    }
}
