import CDP
import Foundation
import Synchronization
import Testing
import WTTestSupport

/// The hidden-style round trip on our own real-page-like sites: a hand-written program is run with
/// `--trace` on a site's recorded state, the trace is compiled, and on the site's later state the compiled
/// program must return exactly what the hand-written program returns there. A compiled program that kept a
/// value of the recorded run, or an element that only agreed with the right one when recorded, returns
/// something else (or fails).
///
/// Pairs the compiler gets wrong today are listed in `knownGaps`, each with the gap it shows; when a fix
/// makes one pass, its known issue is reported as not recorded, and the entry should go.
@Suite("Hidden-style round trips on realistic sites (built binary)", .serialized)
struct HiddenStyleRoundTripTests {
    /// Pair name → the gap that makes its compiled program wrong today.
    static let knownGaps: [String: String] = [:]

    static let chromium = FileManager.default.isExecutableFile(atPath: LaunchOptions().resolvedExecutable)
    static let pairs = RealisticSites.all.filter { $0.mode != "browser" || chromium }
    static let tally = RoundTripTally(total: pairs.count)

    @Test(
        "the compiled program returns what the hand-written one returns on the site's later state",
        arguments: pairs)
    func roundTrip(_ site: RealisticSite) async throws {
        let outcome = try await HiddenStyleRun(site: site).run()
        Self.tally.record(site.name, passed: outcome.failure == nil, reproduced: outcome.reproducedRecording)
        if let gap = Self.knownGaps[site.name] {
            withKnownIssue(Comment(rawValue: gap)) { outcome.verify() }
        } else {
            outcome.verify()
        }
    }

    @Test("every pair has a unique name and a program that declares base_url")
    func pairsAreWellFormed() {
        let names = RealisticSites.all.map(\.name)
        #expect(Set(names).count == names.count)
        #expect(names.count >= 20)
        for site in RealisticSites.all {
            #expect(site.program.contains("param base_url: url"), "\(site.name)")
            #expect(["http", "browser"].contains(site.mode), "\(site.name)")
        }
        for name in Self.knownGaps.keys { #expect(names.contains(name), "a known gap names no pair: \(name)") }
    }

    @Test("a statement right after the same statement is found; closing braces and step comments are not")
    func repeatedStatements() {
        let repeated = """
            open "{base_url}/a"  # step 1
            wait for exists "#x"
            wait for exists "#x"  # step 2
            """
        #expect(HiddenStyleRun.repeatedStatement(in: repeated) == "wait for exists \"#x\"")
        let nested = """
            repeat 3 {
              if exists "#a" {
                break
              }
            }
            # step 2
            # step 2
            click "#a"
            click "#b"
            """
        #expect(HiddenStyleRun.repeatedStatement(in: nested) == nil)
    }
}

/// What one pair's round trip gave: the outputs and compiled source, and why it failed, if it did.
struct RoundTripOutcome {
    var compiled: String
    var expected: String
    var replayed: String
    var failure: String?
    /// Whether the compiled program returned what the recording returned, on the recorded state (counted,
    /// not checked: the later state is the test).
    var reproducedRecording = false

    /// Records the failure as a test issue (the compiled program, and both outputs, in the message).
    func verify() {
        guard let failure else { return }
        let message: String =
            "\(failure)\n--- compiled program ---\n\(compiled)\n--- hand-written on the later state ---\n"
            + "\(expected)\n--- compiled on the later state ---\n\(replayed)"
        Issue.record(Comment(rawValue: message))
    }
}

/// One pair's run through the built binary: record, compile, switch the site's state, run both programs.
struct HiddenStyleRun {
    let site: RealisticSite

    func run() async throws -> RoundTripOutcome {
        let state = SiteState()
        let server = try site.server(state: state)
        try server.start()
        defer { server.stop() }
        let run = try TraceRoundTrip(program: site.program, name: site.name)
        defer { run.close() }
        let parameters = Self.arguments(server, site.parameters)
        let laterParameters = Self.arguments(server, site.parameters.merging(site.laterParameters) { $1 })

        let recorded = try await run.record(parameters)
        try #require(recorded.status == 0, "\(site.name): recording failed: \(recorded.stderr)")
        let compile = try await run.compile(explain: true)
        let compiled = run.compiled
        let again = compile.status == 0 ? try await run.replay(["--timeout", "5s"] + parameters) : nil
        let reproduced = again.map { $0.status == 0 && Self.same($0.stdout, recorded.stdout) } ?? false

        state.show(1)
        let expected = try await run.runSource(laterParameters)
        try #require(expected.status == 0, "\(site.name): the hand-written program failed later: \(expected.stderr)")
        let recordedValue = CompileRoundTripTests.comparable(recorded.stdout)
        let expectedValue = CompileRoundTripTests.comparable(expected.stdout)
        #expect(recordedValue != expectedValue, "\(site.name): the later state must change what the program returns")
        #expect(expected.stdout.contains(site.later), "\(site.name): the hand-written program is wrong later")
        guard compile.status == 0 else {
            return RoundTripOutcome(
                compiled: compiled, expected: expected.stdout, replayed: "",
                failure: "\(site.name): compile failed (\(compile.status)): \(compile.stderr)",
                reproducedRecording: false)
        }
        // A shorter step deadline than the default 10 s: every page here settles within half a second, and a
        // compiled program waiting for something that never comes should not hold the suite up.
        let replayed = try await run.replay(["--timeout", "5s"] + laterParameters)
        return RoundTripOutcome(
            compiled: compiled, expected: expected.stdout, replayed: replayed.stdout,
            failure: judge(replayed, expected: expectedValue, compiled: compiled), reproducedRecording: reproduced)
    }

    /// Why the compiled program's run on the later state is wrong, or `nil` when it is right.
    private func judge(_ replayed: CLIResult, expected: NSObject?, compiled: String) -> String? {
        if replayed.status != 0 {
            return "\(site.name): the compiled program failed (\(replayed.status)): \(replayed.stderr)"
        }
        if CompileRoundTripTests.comparable(replayed.stdout) != expected {
            return "\(site.name): the compiled program returned something else"
        }
        if let line = Self.repeatedStatement(in: compiled) {
            return "\(site.name): the compiled program repeats a statement: \(line)"
        }
        return nil
    }

    /// Whether two printed results are the same JSON (downloaded files by name).
    static func same(_ one: String, _ other: String) -> Bool {
        CompileRoundTripTests.comparable(one) == CompileRoundTripTests.comparable(other)
    }

    /// `--param` arguments: `base_url` pointing at `server`, then `values` by name.
    static func arguments(_ server: LoopbackServer, _ values: [String: String]) -> [String] {
        ([("base_url", server.baseURL)] + values.sorted { $0.key < $1.key }).flatMap { ["--param", "\($0.0)=\($0.1)"] }
    }

    /// The first statement that is the same as the one right before it (step comments aside), if any.
    static func repeatedStatement(in source: String) -> String? {
        var previous: String?
        for line in source.split(separator: "\n") {
            let statement = (line.range(of: "  # step").map { line[..<$0.lowerBound] } ?? line)
                .trimmingCharacters(in: .whitespaces)
            if statement.isEmpty || statement.hasPrefix("#") || statement.allSatisfy({ "{}".contains($0) }) {
                previous = nil
                continue
            }
            if statement == previous { return statement }
            previous = statement
        }
        return nil
    }
}

/// Counts pairs as they finish and prints `hidden-style round trips: N/M` (with how many compiled programs
/// at least reproduced their own recording, and the failing pairs) after the last.
final class RoundTripTally: Sendable {
    private let results = Mutex<[String: (passed: Bool, reproduced: Bool)]>([:])
    let total: Int

    init(total: Int) { self.total = total }

    func record(_ name: String, passed: Bool, reproduced: Bool) {
        let finished = results.withLock { results -> [String: (passed: Bool, reproduced: Bool)]? in
            results[name] = (passed, reproduced)
            return results.count == total ? results : nil
        }
        guard let finished else { return }
        let failing = finished.filter { !$0.value.passed }.keys.sorted()
        let reproduced = finished.values.filter(\.reproduced).count
        print(
            "hidden-style round trips: \(finished.count - failing.count)/\(total)"
                + " (on the recorded state itself: \(reproduced)/\(total))")
        if !failing.isEmpty { print("failing: \(failing.joined(separator: ", "))") }
    }
}
