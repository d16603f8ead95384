import Foundation
import Synchronization
import WTDiagnostics
import WTSema

/// What every part of one run shares, including the iterations of concurrent loops: the program, the
/// options, the clock, and the few counters that must be consistent across tasks.
final class RunContext: Sendable {
    let program: CheckedProgram
    let file: SourceFile
    let options: RunOptions
    let clock: RunClock
    /// Outputs whose elements count as "records so far" in step events.
    let listOutputs: [String]
    /// Secret parameter values, removed from every message and summary that leaves the run.
    private let secrets: [String]
    private let steps = Mutex(0)
    private let progress = Mutex(0)
    private let forksLeft: Mutex<Int>
    private let regexes = Mutex<[String: NSRegularExpression]>([:])

    init(program: CheckedProgram, file: SourceFile, options: RunOptions, parameters: [String: Value]) {
        self.program = program
        self.file = file
        self.options = options
        self.clock = RunClock(options.clock)
        self.listOutputs = program.outputs.filter { $0.type.elementType != nil }.map(\.name)
        // Longest first, so a secret that contains another is removed whole.
        self.secrets = parameters.values.compactMap { value -> String? in
            if case .secret(let s) = value, !s.isEmpty { return s }
            return nil
        }.sorted { $0.count > $1.count }
        self.forksLeft = Mutex(max(0, options.maxForks))
    }

    /// Counts a finished step; returns its 1-based index.
    func countStep() -> Int {
        steps.withLock {
            $0 += 1; return $0
        }
    }
    var stepsRun: Int { steps.withLock { $0 } }

    /// The records-so-far figure last published by the outermost part of the run.
    var publishedProgress: Int { progress.withLock { $0 } }
    func publish(progress value: Int) { progress.withLock { $0 = value } }

    /// Takes up to `wanted` fork slots from the run's budget; returns how many it got.
    func reserveForks(_ wanted: Int) -> Int {
        forksLeft.withLock { left in
            let granted = min(left, max(0, wanted))
            left -= granted
            return granted
        }
    }

    func releaseForks(_ count: Int) { forksLeft.withLock { $0 += count } }

    /// The compiled pattern of a `~` literal, compiled once per run. The checker compiled it already, so
    /// nil means a pattern the checker would have refused.
    func regex(_ pattern: String) -> NSRegularExpression? {
        regexes.withLock { cache in
            if let compiled = cache[pattern] { return compiled }
            let compiled = try? NSRegularExpression(pattern: pattern)
            cache[pattern] = compiled
            return compiled
        }
    }

    /// `text` with every secret value replaced by `<secret>`.
    func redact(_ text: String) -> String {
        secrets.reduce(text) { $0.replacingOccurrences(of: $1, with: "<secret>") }
    }

    func redact(_ diagnostic: Diagnostic) -> Diagnostic {
        guard !secrets.isEmpty else { return diagnostic }
        var out = diagnostic
        out.message.text = redact(diagnostic.message.text)
        out.help = diagnostic.help.map(redact)
        out.notes = diagnostic.notes.map { Diagnostic.Note(redact($0.text), span: $0.span) }
        return out
    }
}
