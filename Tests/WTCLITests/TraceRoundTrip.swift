import Foundation
import Testing

/// The plumbing every record-compile-replay test shares, through the built binary: a program written to a
/// fresh folder, run with `exec --quiet --trace`, the trace compiled to `compiled.wt`, the compiled
/// program run again. Each suite keeps only what it checks. The folder goes with `close()`.
struct TraceRoundTrip {
    let work: URL
    let source: URL
    let trace: String
    let compiledPath: String

    /// Writes `program` as `name.wt` in a new temporary folder.
    init(program: String, name: String = "program") throws {
        work = try CLI.temporaryDirectory()
        source = work.appendingPathComponent("\(name).wt")
        trace = work.appendingPathComponent("trace").path
        compiledPath = work.appendingPathComponent("compiled.wt").path
        try program.write(to: source, atomically: true, encoding: .utf8)
    }

    /// `wtc exec program.wt --quiet --trace DIR arguments…`.
    func record(_ arguments: [String]) async throws -> CLIResult {
        try await CLI.run(["exec", source.path, "--quiet", "--trace", trace] + arguments)
    }

    /// `wtc compile DIR -o compiled.wt`, with `--explain` when asked.
    func compile(explain: Bool = false) async throws -> CLIResult {
        try await CLI.run(["compile", trace, "-o", compiledPath] + (explain ? ["--explain"] : []))
    }

    /// The compiled program's text, or "" when none was written.
    var compiled: String { (try? String(contentsOfFile: compiledPath, encoding: .utf8)) ?? "" }

    /// `wtc exec compiled.wt --quiet arguments…`.
    func replay(_ arguments: [String]) async throws -> CLIResult {
        try await CLI.run(["exec", compiledPath, "--quiet"] + arguments)
    }

    /// `wtc exec program.wt --quiet arguments…`: the hand-written program again, without a trace.
    func runSource(_ arguments: [String]) async throws -> CLIResult {
        try await CLI.run(["exec", source.path, "--quiet"] + arguments)
    }

    func close() { try? FileManager.default.removeItem(at: work) }
}
