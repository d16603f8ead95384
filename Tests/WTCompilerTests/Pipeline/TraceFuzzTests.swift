import Foundation
import Testing
import WTCompiler
import WTDiagnostics
import WTTestSupport
import WTTrace

/// Traces an agent (or a broken recorder) could hand the compiler: every sample's trace with random edits —
/// steps dropped, repeated, swapped or turned into other actions, elements pointed elsewhere, example
/// records changed, pages swapped, snapshots emptied, cut short, garbled or missing, results and types
/// changed. Each goes through what `wtc compile` does (write, read with positions, compile, replay) and must
/// end in a verified program or in errors with an id and a place — never a crash, a hang or a program the
/// replay did not check.
@Suite("Fuzzed traces")
struct TraceFuzzTests {
    static let samples = ["quotes", "login", "quote-form", "products", "feed", "challenge", "rates", "search"]
    static let perSample = 30

    @Test("randomly edited traces compile to a verified program or are refused with located errors")
    func fuzz() async throws {
        var random = SeededRandom(seed: 0xF022_7ACE)
        var outcomes = (verified: 0, diverged: 0, refused: 0)
        for name in Self.samples {
            let sample = try CompilerHarness.sample(name)
            for round in 0..<Self.perSample {
                var trace = sample.trace
                var snapshots = sample.snapshots
                let edits = (0..<Int.random(in: 1...3, using: &random)).map { _ in
                    Self.edit(&trace, &snapshots, &random)
                }
                let what = "\(name) #\(round): \(edits.joined(separator: "; "))"
                let file = SourceFile(path: "trace.json", text: TraceWriter.json(trace))
                var diagnostics = DiagnosticEngine()
                guard let read = TraceReader.read(file, diagnostics: &diagnostics) else {
                    #expect(diagnostics.hasErrors, "\(what): refused without an error")
                    outcomes.refused += 1
                    continue
                }
                let outcome = await CompilerHarness.compile(read, file: file, snapshots: snapshots)
                switch outcome.verification {
                case .reproduced?:
                    outcomes.verified += 1
                case .diverged?:
                    #expect(outcome.diagnostics.contains("[compile.replay-diverged]"), "\(what)")
                    outcomes.diverged += 1
                case nil:
                    #expect(outcome.program == nil, "\(what)")
                    #expect(outcome.diagnostics.contains("error:"), "\(what): no program and no error")
                    #expect(
                        outcome.diagnostics.contains("trace.json:"),
                        "\(what): an error without a place\n\(outcome.diagnostics)")
                    outcomes.refused += 1
                }
            }
        }
        // The edits are meant to hit every outcome; if one never happens, they test less than they say.
        #expect(outcomes.verified > 20 && outcomes.diverged > 0 && outcomes.refused > 20, "\(outcomes)")
    }

    /// Applies one random edit; returns what it did.
    static func edit(_ trace: inout Trace, _ snapshots: inout [String: String], _ random: inout SeededRandom)
        -> String
    {
        let k = trace.steps.isEmpty ? 0 : Int.random(in: 0..<trace.steps.count, using: &random)
        let paths = snapshots.keys.sorted()
        switch Int.random(in: 0..<12, using: &random) {
        case 0 where !trace.steps.isEmpty:
            trace.steps.remove(at: k)
            return "dropped step \(k + 1)"
        case 1 where !trace.steps.isEmpty:
            trace.steps.insert(trace.steps[k], at: k)
            return "repeated step \(k + 1)"
        case 2 where k + 1 < trace.steps.count:
            trace.steps.swapAt(k, k + 1)
            return "swapped steps \(k + 1) and \(k + 2)"
        case 3 where !trace.steps.isEmpty:
            let action = random.pick(TraceAction.allCases)
            trace.steps[k].action = action
            return "step \(k + 1) became \(action.rawValue)"
        case 4 where !trace.steps.isEmpty:
            trace.steps[k].target?.xpath = random.pick([
                "/html/body/div[9]", "/html/body", "//a", "", "/html/body/*[2]",
            ])
            return "step \(k + 1) points elsewhere"
        case 5 where !trace.steps.isEmpty && trace.steps[k].extraction != nil:
            trace.steps[k].extraction?.value = random.pick([
                .null, .string("not on the page"), .number(42), .array([]), .array([.object([])]),
                .object([.init("text", .string(""))]),
            ])
            return "step \(k + 1) extracted something else"
        case 6 where !trace.steps.isEmpty:
            let other = trace.steps[Int.random(in: 0..<trace.steps.count, using: &random)]
            if random.chance(0.5) { trace.steps[k].before = other.after } else { trace.steps[k].after = nil }
            return "step \(k + 1) saw another page"
        case 7 where !paths.isEmpty:
            let path = random.pick(paths)
            let html = snapshots[path] ?? ""
            snapshots[path] = random.pick([
                "", String(html.prefix(html.count / 2)), "\u{0}\u{1}garbage<<<>>>", "<html><body></body></html>",
            ])
            return "snapshot \(path) damaged"
        case 8 where !paths.isEmpty:
            let path = random.pick(paths)
            snapshots[path] = nil
            return "snapshot \(path) missing"
        case 9:
            trace.result = random.pick([.null, .object([]), .string("x"), .array([.number(1)])])
            return "result changed"
        case 10 where !trace.outputs.isEmpty:
            let i = Int.random(in: 0..<trace.outputs.count, using: &random)
            trace.outputs[i].type = random.pick(["[{", "int", "[string]", "{ a: wat }", "string?"])
            return "output \(trace.outputs[i].name) typed \(trace.outputs[i].type)"
        case 11 where !trace.parameters.isEmpty:
            let i = Int.random(in: 0..<trace.parameters.count, using: &random)
            trace.parameters[i].value = random.pick([nil, .string(""), .number(-1), .bool(true)])
            return "parameter \(trace.parameters[i].name) changed"
        default:
            trace.steps.reverse()
            return "steps reversed"
        }
    }
}
