import Foundation
import Synchronization
import WTDiagnostics
import WTExtract
import WTRuntime
import WTSema
import WTTrace

/// The trace's snapshots as parsed documents, each parsed once, shared by the replay's reads; those the
/// compiler parsed are used as they are when they were read at the same address (links resolve against it).
final class SnapshotDocuments: Sendable {
    private let load: @Sendable (String) -> String?
    private let cache: Mutex<[String: HTMLDocument]>
    fileprivate let answers = Mutex<[ObjectIdentifier: ReplayAnswers]>([:])

    init(load: @escaping @Sendable (String) -> String?, parsed: [String: HTMLDocument] = [:]) {
        self.load = load
        cache = Mutex(parsed)
    }

    func document(_ page: TracePage) -> HTMLDocument? {
        guard let path = page.snapshot else { return nil }
        // Keyed by path, and by path and address for a snapshot shown under another address too.
        let keys = [path, path + "\n" + page.url]
        let hit = cache.withLock { cache in keys.compactMap { cache[$0] }.first { $0.url == page.url } }
        if let hit { return hit }
        guard let html = load(path), let document = try? HTMLDocument(html: html, url: page.url) else { return nil }
        // Every locator and read of the program runs on each page: the index answers most of them.
        document.indexElements()
        cache.withLock { cache in
            let key = cache[path] == nil ? path : keys[1]
            cache[key] = document
        }
        return document
    }
}

extension SnapshotDocuments {
    /// The page's raw response read as JSON, when the recording kept one that is a JSON document (an
    /// object or an array): what a `json` read of that page reads, as the live run did.
    func json(_ page: TracePage) -> Result<JSONNode, StepError>? {
        guard let path = page.response, let text = load(path),
            let start = text.first(where: { !$0.isWhitespace }), start == "{" || start == "["
        else { return nil }
        return JSONPage.parsed(text, url: page.url)
    }

    /// What the replay reads on `document`, each question answered once; `json`: the page's body as JSON.
    func snapshot(_ document: HTMLDocument, url: String, json: Result<JSONNode, StepError>? = nil) -> ReplaySnapshot {
        let known = answers.withLock { answers in
            if let known = answers[ObjectIdentifier(document)] { return known }
            let made = ReplayAnswers()
            answers[ObjectIdentifier(document)] = made
            return made
        }
        return ReplaySnapshot(page: LibXMLSnapshot(document: document, url: url, jsonBody: json), answers: known)
    }
}

/// Verification (issue step 5): a compiled program replayed on the trace's own snapshots must take the
/// trace's kept steps in order and reproduce its result exactly.
public enum TraceReplay {
    public enum Outcome: Sendable, Equatable {
        case reproduced
        /// The trace step where the replay went another way (nil when it is not one step), and how.
        case diverged(step: Int?, message: String)
    }

    /// - Parameters:
    ///   - steps: the trace's steps as the program performs them (`CompiledProgram.replaySteps`).
    ///   - parsed: snapshots already parsed, by path (`CompiledProgram.documents`).
    public static func verify(
        _ program: CheckedProgram, file: SourceFile, trace: Trace, steps: [TraceStep],
        snapshot: @escaping @Sendable (String) -> String?, parsed: [String: HTMLDocument] = [:]
    ) async -> Outcome {
        let actions = steps.filter { $0.action != .wait }
        let documents = SnapshotDocuments(load: snapshot, parsed: parsed)
        let driver = SnapshotReplayDriver(actions: actions, documents: documents)
        var options = RunOptions(parameters: parameters(trace))
        options.maxForks = 0
        options.defaultTimeout = .seconds(5)
        // Snapshots never change by themselves: nothing is gained by waiting for a list to grow.
        options.scrollSettleTimeout = .milliseconds(1)
        options.pollInterval = .milliseconds(1)
        let result: RunResult
        do {
            result = try await Interpreter.run(program, file: file, driver: driver, options: options)
        } catch {
            if let d = driver.divergence { return .diverged(step: d.step, message: d.message) }
            return .diverged(step: nil, message: "the replay failed: \(error.diagnostic.message.text)")
        }
        if let d = driver.divergence { return .diverged(step: d.step, message: d.message) }
        // A failed run has no result to reproduce: taking its steps up to the failure is the whole check.
        guard trace.outcome.status == .success else { return .reproduced }
        let produced = JSONValue.object(result.outputs.map { JSONValue.Member($0.name, TraceValues.json($0.value)) })
        guard withoutFilePaths(produced) == withoutFilePaths(trace.result) else {
            return .diverged(step: nil, message: difference(withoutFilePaths(produced), withoutFilePaths(trace.result)))
        }
        return .reproduced
    }

    /// A compiled program as the replay needs it.
    public struct Candidate: Sendable {
        public var program: CheckedProgram
        public var file: SourceFile
        /// The trace's steps as the program performs them.
        public var steps: [TraceStep]
        /// Snapshots already parsed, by path.
        public var parsed: [String: HTMLDocument]

        public init(program: CheckedProgram, file: SourceFile, steps: [TraceStep], parsed: [String: HTMLDocument]) {
            (self.program, self.file, self.steps, self.parsed) = (program, file, steps, parsed)
        }
    }

    /// Replays the candidates in order until one reproduces the trace: its index, or nil and the first
    /// candidate's divergence (the one worth reporting: the later ones guessed less).
    public static func firstReproducing(
        _ candidates: [Candidate], trace: Trace, snapshot: @escaping @Sendable (String) -> String?
    ) async -> (index: Int?, outcome: Outcome) {
        var first: Outcome?
        for (k, c) in candidates.enumerated() {
            let outcome = await verify(
                c.program, file: c.file, trace: trace, steps: c.steps, snapshot: snapshot, parsed: c.parsed)
            if outcome == .reproduced { return (k, first ?? outcome) }
            first = first ?? outcome
        }
        return (nil, first ?? .diverged(step: nil, message: "there was no program to replay"))
    }

    /// The trace's parameter values as the program's parameters (secrets get a stand-in: the replay never
    /// types them anywhere).
    static func parameters(_ trace: Trace) -> [String: Value] {
        var out: [String: Value] = [:]
        for p in trace.parameters {
            if p.type == "secret" {
                out[p.name] = .secret("replay")
                continue
            }
            switch p.value {
            case .string(let s)?: out[p.name] = .string(s)
            case .number(let n)?: out[p.name] = n == n.rounded() && abs(n) < 1e15 ? .int(Int(n)) : .number(n)
            case .bool(let b)?: out[p.name] = .bool(b)
            default: break
            }
        }
        return out
    }

    /// Downloaded files compare by name: where a run keeps its files differs from run to run.
    static func withoutFilePaths(_ value: JSONValue) -> JSONValue {
        switch value {
        case .array(let items): return .array(items.map(withoutFilePaths))
        case .object(let members):
            if Set(members.map(\.key)).isSuperset(of: ["path", "name"]) {
                return .object(members.filter { $0.key == "name" })
            }
            return .object(members.map { JSONValue.Member($0.key, withoutFilePaths($0.value)) })
        default: return value
        }
    }

    /// The first output that differs, briefly.
    static func difference(_ produced: JSONValue, _ expected: JSONValue) -> String {
        guard case .object(let got) = produced, case .object(let want) = expected else {
            return "the replay's result differs from the trace's"
        }
        for member in want where got.first(where: { $0.key == member.key })?.value != member.value {
            let value = got.first { $0.key == member.key }?.value
            return "output '\(member.key)' differs: the trace has \(brief(member.value)), the replay \(brief(value))"
        }
        return "the replay's result has outputs the trace does not"
    }

    private static func brief(_ value: JSONValue?) -> String {
        switch value {
        case .array(let items)?: "\(items.count) items"
        case .object(let m)?: "a record of \(m.count) fields"
        case .string(let s)?: "\"\(s.prefix(60))\""
        case nil: "nothing"
        default: "\(value.map { "\($0)" } ?? "")"
        }
    }
}
