import Foundation
import Testing
import WTTestSupport

/// Goldens (CONVENTIONS #6): each `samples/<name>/trace/` — recorded from the sample program by
/// `scripts/record-traces.sh` — compiles to exactly `samples/<name>/compiled.wt` and replays on its own
/// snapshots, or (for a trace the compiler cannot handle yet) fails with exactly
/// `samples/<name>/compiled.diagnostics`. `WTC_RECORD=1` rewrites them.
@Suite("Sample traces compile to their goldens")
struct SampleGoldenTests {
    static let names: [String] = {
        let all = (try? FileManager.default.contentsOfDirectory(atPath: Paths.samples.path)) ?? []
        return all.filter {
            FileManager.default.fileExists(atPath: Paths.samples.appendingPathComponent("\($0)/trace/trace.json").path)
        }.sorted()
    }()

    @Test("there are recorded traces to compile")
    func tracesExist() {
        #expect(Self.names.count >= 8, "samples with a trace: \(Self.names)")
    }

    @Test("the trace compiles to its golden program, which reproduces the trace", arguments: names)
    func golden(_ name: String) async throws {
        let sample = try CompilerHarness.sample(name)
        let outcome = await CompilerHarness.compile(sample.trace, file: sample.file, snapshots: sample.snapshots)
        let folder = Paths.samples.appendingPathComponent(name)
        if let source = outcome.source, outcome.verification == .reproduced {
            let problem = Golden.compare(source, to: folder.appendingPathComponent("compiled.wt"))
            #expect(problem == nil, "\(problem ?? "")")
        } else {
            let problem = Golden.compare(outcome.diagnostics, to: folder.appendingPathComponent("compiled.diagnostics"))
            #expect(problem == nil, "\(name) did not compile: \(problem ?? "")")
        }
    }
}
