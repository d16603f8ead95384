import Foundation
import Testing

/// WTExtract against Chromium's `querySelectorAll` on the same markup: Chromium is the oracle.
@Suite("Selector differential", .serialized, .enabled(if: ChromiumSide.isInstalled), .timeLimit(.minutes(5)))
struct SelectorDifferentialTests {
    @Test("every case of Cases/*.txt selects what Chromium selects, or is rejected as Chromium rejects it")
    func ownCases() async throws {
        let files = try CaseFile.all()
        #expect(files.count >= 20)
        let blocks = files.flatMap(\.blocks)
        let outcomes = try await Differential.run(blocks)
        #expect(outcomes.count >= 300)
        for outcome in outcomes where !outcome.agrees {
            Issue.record("\(outcome.report)")
        }
        var perFile: [String: [Outcome]] = [:]
        for outcome in outcomes {
            perFile[String(outcome.origin.split(separator: ":")[0]), default: []].append(outcome)
        }
        for (name, list) in perFile.sorted(by: { $0.key < $1.key }) {
            print("selector differential \(name): \(Differential.figure(list))")
        }
        print("selector differential, own cases: \(Differential.figure(outcomes))")
    }

    @Test("the conformance corpus's selectors against Chromium: the agreement is printed")
    func corpus() async throws {
        let blocks = try #require(CorpusCases.blocks(), "the corpus file is missing: \(CorpusCases.url.path)")
        let outcomes = try await Differential.run(blocks)
        #expect(outcomes.count >= 200)
        let standard = outcomes.filter { !($0.chromium == [Verdict.error] && CorpusCases.isExtension($0.selector)) }
        for outcome in standard where !outcome.agrees { print("corpus disagreement \(outcome.report)") }
        print(
            "selector differential, corpus: \(Differential.figure(outcomes)); without our extensions: "
                + Differential.figure(standard))
    }
}
