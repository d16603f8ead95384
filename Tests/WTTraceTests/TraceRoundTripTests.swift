import Foundation
import Testing
import WTDiagnostics
import WTTrace

@Suite("Writing traces and reading them back")
struct TraceRoundTripTests {
    @Test("a trace with every action and member reads back equal to what was written")
    func richRoundTrip() throws {
        let trace = TraceFixtures.rich
        let json = TraceWriter.json(trace)
        let (read, diagnostics) = TraceFixtures.read(json)
        #expect(diagnostics.isEmpty, "\(diagnostics.map(\.text))")
        let back = try #require(read)
        #expect(back == trace)
        #expect(Set(back.steps.map(\.action)) == Set(TraceAction.allCases))
        #expect(TraceWriter.json(back) == json)
    }

    @Test("the writer is deterministic, indents by two spaces and ends with a newline")
    func layout() {
        let trace = Trace(
            task: "t", name: "n", startURL: "https://example.com/", recordedMode: "http",
            parameters: [TraceParameter(name: "q", type: "string", value: .string("x"), defaultValue: .null)],
            outputs: [], steps: [TraceStep(index: 1, action: .scroll, timing: .init(startMs: 12, durationMs: 0.5))],
            outcome: TraceOutcome(status: .success), result: .object([]))
        let expected = """
            {
              "version": 1,
              "task": "t",
              "name": "n",
              "startUrl": "https://example.com/",
              "recordedMode": "http",
              "parameters": [
                {
                  "name": "q",
                  "type": "string",
                  "value": "x",
                  "default": null
                }
              ],
              "outputs": [],
              "steps": [
                {
                  "index": 1,
                  "action": "scroll",
                  "timing": {
                    "startMs": 12,
                    "durationMs": 0.5
                  }
                }
              ],
              "outcome": {
                "status": "success"
              },
              "result": {}
            }

            """
        #expect(TraceWriter.json(trace) == expected)
        #expect(TraceWriter.json(trace) == TraceWriter.json(trace))
    }

    @Test("strings escape quotes, backslashes, control characters and the JavaScript line separators")
    func escapes() {
        var trace = TraceFixtures.rich
        trace.task = "a\"b\\c\nd\re\tf\u{8}g\u{C}h\u{1}i\u{1F}j\u{7F}k\u{2028}l\u{2029}m/é🌍"
        let json = TraceWriter.json(trace)
        let line = json.split(separator: "\n").first { $0.contains("\"task\"") }
        #expect(line == #"  "task": "a\"b\\c\nd\re\tf\bg\fh\u0001i\u001Fj\u007Fk\u2028l\u2029m/é🌍","#)
        #expect(TraceFixtures.read(json).trace?.task == trace.task)
    }

    @Test("integral numbers are written without a fraction and others as the shortest exact text")
    func numbers() {
        var trace = TraceFixtures.rich
        trace.result = .array([.number(3), .number(-0.0), .number(0.1), .number(1e-7), .number(1e20), .number(-42)])
        let json = TraceWriter.json(trace)
        #expect(json.contains("3,\n    0,\n    0.1,\n    1e-07,\n    1e+20,\n    -42\n"))
        #expect(TraceFixtures.read(json).trace == trace)
    }

    @Test("empty optional lists and nil members are left out and read back as empty and nil")
    func omitted() throws {
        let json = TraceWriter.json(TraceFixtures.rich)
        #expect(!json.contains("\"scope\": []"))
        #expect(!json.contains("\"classes\": []"))
        let step = try #require(TraceFixtures.read(json).trace?.steps.last)
        #expect(step.scope.isEmpty && step.target == nil)
    }

    @Test("an extraction's recorded selectors are written and read back; a trace without them reads as before")
    func recordedSelectors() throws {
        let json = TraceWriter.json(TraceFixtures.rich)
        let read = try #require(TraceFixtures.read(json).trace)
        let quotes = try #require(read.steps.first { $0.extraction?.into == "quotes" }?.extraction)
        #expect(quotes.container == ["#orders tbody tr", "//tr[td]"])
        #expect(quotes.fields.map(\.name) == ["text", "price"])
        #expect(quotes.fields.last?.selectors == ["(id('p'))", "./td[4]"])
        let count = try #require(read.steps.first { $0.extraction?.into == "count" }?.extraction)
        #expect(count.container.isEmpty && count.fields.isEmpty)
        #expect(!json.contains("\"container\": []") && !json.contains("\"fields\": []"))
        let old = TraceFixtures.document(steps: [
            #"{"index": 1, "action": "extract", "before": \#(TraceFixtures.pageJSON), "extraction": {"into": "q", "append": false, "value": "x"}}"#
        ])
        let (trace, diagnostics) = TraceFixtures.read(old)
        #expect(diagnostics.isEmpty, "\(diagnostics.map(\.text))")
        #expect(trace?.steps.first?.extraction == TraceExtraction(into: "q", append: false, value: .string("x")))
    }

    @Test("a ten-thousand-step trace is written and read back")
    func largeTrace() throws {
        var trace = TraceFixtures.rich
        trace.steps = (1...10_000).map { index in
            TraceStep(
                index: index, action: .click, target: TraceFixtures.button, before: TraceFixtures.page(index),
                timing: .init(startMs: Double(index) * 10.5, durationMs: 3))
        }
        trace.outcome = TraceOutcome(status: .success)
        let json = TraceWriter.json(trace)
        let (read, diagnostics) = TraceFixtures.read(json)
        #expect(diagnostics.isEmpty)
        let back = try #require(read)
        #expect(back.steps.count == 10_000)
        #expect(back == trace)
    }
}
