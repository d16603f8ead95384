import Foundation
import Testing
import WTCompiler
import WTEngine
import WTTrace

/// The quotes trace, changed the ways real sites and agents change it; each change must give the right
/// program (same as the original, or one that avoids what changed) or a precise diagnostic.
@Suite("Mutated traces")
struct MutationTests {
    static func original() throws -> (Trace, [String: String]) {
        let sample = try CompilerHarness.sample("quotes")
        return (sample.trace, sample.snapshots)
    }

    /// The program without provenance comments, which follow step numbers.
    static func body(_ source: String?) -> String {
        (source ?? "").split(separator: "\n").map { line in
            line.range(of: "  # step").map { String(line[..<$0.lowerBound]) } ?? String(line)
        }.joined(separator: "\n")
    }

    static func compileOriginal() async throws -> String {
        let (trace, snapshots) = try original()
        return body(await CompilerHarness.compile(trace, snapshots: snapshots).source)
    }

    @Test("a class renamed on one page drops the locator that used it and keeps the others")
    func renamedClassOnOnePage() async throws {
        let (trace, original) = try Self.original()
        var snapshots = original
        snapshots["snapshots/0002.html"] = snapshots["snapshots/0002.html"]?
            .replacingOccurrences(of: "class=\"next\"", with: "class=\"forward\"")
        let outcome = await CompilerHarness.compile(trace, snapshots: snapshots)
        #expect(outcome.verification == .reproduced, "\(outcome.diagnostics)")
        let source = try #require(outcome.source)
        #expect(!source.contains("li.next"))
        #expect(source.contains("click role link exact \"Next →\""))
        #expect(
            outcome.explanation.contains(
                "\"li.next > a\" (the recording's own selector) lost: finds nothing on the page of step 5"))
    }

    @Test("a wrapper inserted around the records on one page changes nothing")
    func insertedWrapper() async throws {
        let (trace, original) = try Self.original()
        var snapshots = original
        snapshots["snapshots/0001.html"] = snapshots["snapshots/0001.html"]?
            .replacingOccurrences(of: "<div class=\"quotes\">", with: "<div class=\"quotes\"><section class=\"wrap\">")
            .replacingOccurrences(of: "</div>\n<nav", with: "</section></div>\n<nav")
        let outcome = await CompilerHarness.compile(trace, snapshots: snapshots)
        #expect(outcome.verification == .reproduced, "\(outcome.diagnostics)")
        #expect(Self.body(outcome.source) == (try await Self.compileOriginal()))
    }

    @Test("a decoy link with the same text makes the compiler pick a locator it cannot confuse")
    func decoyWithSameText() async throws {
        let (trace, original) = try Self.original()
        var snapshots = original
        for key in snapshots.keys {
            snapshots[key] = snapshots[key]?.replacingOccurrences(
                of: "</body>", with: "<footer><a href=\"/elsewhere\">Next →</a></footer></body>")
        }
        let outcome = await CompilerHarness.compile(trace, snapshots: snapshots)
        #expect(outcome.verification == .reproduced, "\(outcome.diagnostics)")
        let source = try #require(outcome.source)
        #expect(source.contains("click \"li.next > a\""), "\(source)")
        #expect(!source.contains("role link exact \"Next →\""))
        #expect(
            outcome.explanation.contains("role link exact \"Next →\" (role and accessible name) lost: finds 2 elements")
        )
    }

    @Test("an agent's detour to another page and back is dropped")
    func detour() async throws {
        var (trace, snapshots) = try Self.original()
        snapshots["snapshots/detour.html"] =
            "<html><head><title>gardens</title></head><body><h1>gardens</h1></body></html>"
        let tagLink = TraceElement(
            tag: "a", classes: ["tag"], role: "link", name: "gardens", text: "gardens",
            xpath: "/html[1]/body[1]/div[1]/div[1]/div[1]/a[2]")
        let page1 = trace.steps[1].before
        let away = TracePage(
            url: "http://127.0.0.1:8000/tag/gardens/", title: "gardens", snapshot: "snapshots/detour.html")
        trace.steps.insert(TraceStep(index: 0, action: .click, target: tagLink, before: page1, after: away), at: 2)
        trace.steps.insert(TraceStep(index: 0, action: .back, before: away, after: page1), at: 3)
        Self.renumber(&trace)
        let outcome = await CompilerHarness.compile(trace, snapshots: snapshots)
        #expect(outcome.verification == .reproduced, "\(outcome.diagnostics)")
        #expect(Self.body(outcome.source) == (try await Self.compileOriginal()))
        #expect(outcome.explanation.contains("steps 3, 4 dropped: a detour to http://127.0.0.1:8000/tag/gardens/"))
    }

    @Test("a duplicated step and a failed attempt are dropped")
    func duplicateAndFailedAttempt() async throws {
        let (recorded, snapshots) = try Self.original()
        var trace = recorded
        trace.steps.insert(trace.steps[0], at: 0)
        var failed = trace.steps[3]
        failed.error = "the element is covered by <div class=\"cookie-banner\">"
        failed.after = failed.before
        trace.steps.insert(failed, at: 3)
        Self.renumber(&trace)
        let outcome = await CompilerHarness.compile(trace, snapshots: snapshots)
        #expect(outcome.verification == .reproduced, "\(outcome.diagnostics)")
        #expect(Self.body(outcome.source) == (try await Self.compileOriginal()))
        #expect(outcome.explanation.contains("step 2 dropped: it opens the page step 1 just opened"))
        #expect(outcome.explanation.contains("step 4 dropped: it failed (the element is covered"))
    }

    @Test("an example record the page does not show is reported at its step")
    func unreproducibleRecords() async throws {
        let (recorded, snapshots) = try Self.original()
        var trace = recorded
        guard case .array(var records)? = trace.steps[1].extraction?.value, case .object(var fields) = records[0] else {
            Issue.record("the quotes trace's first extraction is not a list of records")
            return
        }
        fields[0] = JSONValue.Member("text", .string("A quote that no page shows"))
        records[0] = .object(fields)
        trace.steps[1].extraction?.value = .array(records)
        let outcome = await CompilerHarness.compile(trace, snapshots: snapshots)
        #expect(outcome.source == nil)
        #expect(outcome.diagnostics.contains("trace.json:"), "\(outcome.diagnostics)")
        #expect(outcome.diagnostics.contains("the records of step 2 cannot be reproduced from its page"))
        #expect(outcome.diagnostics.contains("[compile.cannot-lower]"))
    }

    @Test("an element missing from its own snapshot is reported at its step")
    func elementNotInSnapshot() async throws {
        let (recorded, snapshots) = try Self.original()
        var trace = recorded
        trace.steps[2].target?.xpath = "/html[1]/body[1]/nav[1]/ul[1]/li[9]/a[1]"
        let outcome = await CompilerHarness.compile(trace, snapshots: snapshots)
        #expect(outcome.source == nil)
        #expect(outcome.diagnostics.contains("the element step 3 acted on (/html[1]/body[1]/nav[1]/ul[1]/li[9]/a[1])"))
    }

    @Test("a failed run compiles the steps before the failure, with a warning")
    func failedRunKeepsItsPrefix() async throws {
        let (recorded, snapshots) = try Self.original()
        var trace = recorded
        var failing = trace.steps[4]
        failing.error = "timed out after 10s waiting for role link \"Next →\""
        failing.after = failing.before
        trace.steps = Array(trace.steps.prefix(4)) + [failing]
        trace.outcome = TraceOutcome(status: .failed, message: failing.error, failedStep: 5)
        trace.result = .null
        let outcome = await CompilerHarness.compile(trace, snapshots: snapshots)
        #expect(outcome.verification == .reproduced, "\(outcome.diagnostics)")
        #expect(outcome.diagnostics.contains("warning: the recorded run failed at step 5 [compile.failed-trace]"))
        let source = try #require(outcome.source)
        #expect(source.contains("click \"li.next > a\" | role link exact \"Next →\""), "\(source)")
        #expect(!source.contains("repeat"))
    }

    @Test("a click on the text inside a link is the link's click: same program, still over HTTP")
    func clickInsideLink() async throws {
        let (recorded, original) = try Self.original()
        var snapshots = original
        // The link's words in a span of their own, as many sites write them; the agent clicked the span.
        for key in snapshots.keys {
            snapshots[key] = snapshots[key]?.replacingOccurrences(
                of: #"/">Next →</a>"#, with: #"/"><span class="label">Next</span> →</a>"#)
        }
        var trace = recorded
        for k in trace.steps.indices where trace.steps[k].action == .click {
            let link = try #require(trace.steps[k].target?.xpath)
            trace.steps[k].target = TraceElement(
                tag: "span", classes: ["label"], text: "Next", attributes: [.init(name: "class", value: "label")],
                xpath: link + "/span[1]")
        }
        let outcome = await CompilerHarness.compile(trace, snapshots: snapshots)
        #expect(outcome.verification == .reproduced, "\(outcome.diagnostics)")
        // The span carries no selector of the recording's, so the original is compared without them too.
        var plain = recorded
        for k in plain.steps.indices { plain.steps[k].target?.selectors = [] }
        let expected = Self.body(await CompilerHarness.compile(plain, snapshots: original).source)
        #expect(Self.body(outcome.source) == expected)
        #expect(
            outcome.explanation.contains("step 3 clicked a <span> inside <a> \"Next →\": the click is that element's"))
    }

    @Test("a click on a radio button's or checkbox's label is a check or uncheck of it: same program")
    func labelClicks() async throws {
        let sample = try CompilerHarness.sample("quote-form")
        let original = await CompilerHarness.compile(sample.trace, snapshots: sample.snapshots)
        var trace = sample.trace
        // The agent clicked the words "Basic" (the radio's label) and the newsletter checkbox's label.
        for k in trace.steps.indices where [.check, .uncheck].contains(trace.steps[k].action) {
            let control = try #require(trace.steps[k].target?.xpath)
            let label = String(control.dropLast("/input[1]".count))
            trace.steps[k].action = .click
            trace.steps[k].target = TraceElement(tag: "label", text: "label", xpath: label)
        }
        let outcome = await CompilerHarness.compile(trace, snapshots: sample.snapshots)
        #expect(outcome.verification == .reproduced, "\(outcome.diagnostics)")
        #expect(Self.body(outcome.source) == Self.body(original.source))
        #expect(
            outcome.explanation.contains("step 6 clicked the label of a <input type=\"radio\">: it checks that control")
        )
        #expect(
            outcome.explanation.contains(
                "step 7 clicked the label of a <input type=\"checkbox\">: it unchecks that control"))
    }

    @Test("scrolls that changed nothing on the page are dropped")
    func idleScrolls() async throws {
        let (recorded, snapshots) = try Self.original()
        var trace = recorded
        let page = try #require(trace.steps[0].after)
        let scroll = TraceStep(index: 0, action: .scroll, before: page, after: page)
        trace.steps.insert(contentsOf: [scroll, scroll], at: 1)
        Self.renumber(&trace)
        let outcome = await CompilerHarness.compile(trace, snapshots: snapshots)
        #expect(outcome.verification == .reproduced, "\(outcome.diagnostics)")
        #expect(Self.body(outcome.source) == (try await Self.compileOriginal()))
        #expect(outcome.explanation.contains("step 2 dropped: the page did not change"), "\(outcome.explanation)")
    }

    static func renumber(_ trace: inout Trace) {
        for i in trace.steps.indices { trace.steps[i].index = i + 1 }
    }
}
