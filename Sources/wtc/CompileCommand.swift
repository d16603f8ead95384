import ArgumentParser
import Foundation
import WTCompile
import WTCompiler
import WTDiagnostics
import WTEngine
import WTSema
import WTTrace

/// `wtc compile trace.json [-o program.wt] [--explain]`: lower a recorded trace into a verified program.
struct CompileCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compile",
        abstract: "Compile a recorded trace into a canonical .wt program.",
        discussion: """
            TRACE is a trace.json file or a folder holding one, with its page snapshots beside it. The program \
            is checked, then replayed on the trace's own snapshots (no network, no browser): it must take the \
            same steps and reproduce the trace's result exactly, or nothing is written. The program goes to \
            stdout (or -o FILE); --explain prints every decision and its reason on stderr. Exit 0 on success, \
            65 for a trace that is invalid or cannot be compiled or verified, 66 for a missing trace.
            """
    )

    @Argument(help: "trace.json, or a folder holding it.")
    var trace: String

    @Option(name: .shortAndLong, help: "Write the program to this file instead of stdout.")
    var output: String?

    @Flag(name: .long, help: "Print every decision (selectors, loops, dropped steps) and why, on stderr.")
    var explain = false

    @Flag(name: .long, help: "Skip the replay on the trace's snapshots (not recommended).")
    var noVerify = false

    @OptionGroup var diagnosticOptions: DiagnosticOptions

    func run() async throws {
        let folder = try loadTrace()
        let snapshot: @Sendable (String) -> String? = { path in try? folder.html(for: path) }
        let result = await TraceCompiler.compileAndVerify(
            folder.trace, file: folder.source, snapshot: snapshot, programPath: output ?? "compiled.wt",
            verify: !noVerify)
        guard let program = result.program else {
            diagnosticOptions.report(result.diagnostics, sources: [folder.source])
            throw Exit.invalidInput
        }
        if !result.diagnostics.isEmpty { diagnosticOptions.report(result.diagnostics, sources: [folder.source]) }
        if explain { Console.error(program.explanation.map { "explain: \($0)\n" }.joined()) }
        if let divergence = result.divergence {
            diagnosticOptions.report([divergence], sources: [folder.source] + (result.programFile.map { [$0] } ?? []))
            throw Exit.invalidInput
        }
        try write(program.source)
        // Done: freeing a hundred parsed pages one node at a time would take longer than the replay (a
        // tenth of a large compile); the process ends here and the system takes the memory back at once.
        Foundation.exit(0)
    }

    private func loadTrace() throws -> TraceFolder {
        var diagnostics = DiagnosticEngine()
        let folder: TraceFolder?
        do {
            folder = try TraceFolder.load(path: trace, diagnostics: &diagnostics)
        } catch .missing(let d) {
            diagnosticOptions.report([d], sources: [])
            throw Exit.missingInput
        } catch .invalid(let d) {
            diagnosticOptions.report([d], sources: [])
            throw Exit.invalidInput
        }
        guard let folder else {
            diagnosticOptions.report(diagnostics.sorted, sources: [])
            throw Exit.invalidInput
        }
        return folder
    }

    private func write(_ source: String) throws {
        guard let output else {
            Console.out(source)
            return
        }
        do {
            try source.write(toFile: output, atomically: true, encoding: .utf8)
        } catch {
            Console.error("wtc compile: error: cannot write \(output): \(error.localizedDescription)\n")
            throw Exit.runFailed
        }
    }
}
