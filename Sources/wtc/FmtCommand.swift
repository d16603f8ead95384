import ArgumentParser
import Foundation
import WTDiagnostics
import WTSyntax

/// `wtc fmt FILE…`: rewrite programs in canonical form; `--check` only reports (with a diff).
struct FmtCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fmt",
        abstract: "Rewrite .wt programs in canonical form (comments kept).",
        discussion: """
            A file with syntax errors is never rewritten. With --check, nothing is written: each file that is \
            not canonical gets a diff on stdout and the exit code is 1. Use '-' to format stdin to stdout.
            """
    )

    @Argument(help: "The .wt files to format, or '-' for stdin.")
    var files: [String]

    @Flag(name: .long, help: "Do not write; print a diff and exit 1 when a file is not canonical.")
    var check = false

    @OptionGroup var diagnosticOptions: DiagnosticOptions

    func validate() throws {
        if files.isEmpty { throw ValidationError("give at least one .wt file, or '-' for stdin") }
        if files.contains("-"), files.count > 1 { throw ValidationError("'-' (stdin) cannot be mixed with files") }
    }

    func run() throws {
        var exit = Exit.ok
        for path in files {
            exit = Exit.worse(exit, formatOne(path))
        }
        if exit != Exit.ok { throw exit }
    }

    private func formatOne(_ path: String) -> ExitCode {
        let loaded =
            path == "-"
            ? SourceLoader.decode(path: "<stdin>", data: FileHandle.standardInput.readDataToEndOfFile())
            : SourceLoader.load(path: path)
        let file: SourceFile
        switch loaded {
        case .failure(.missing(let d)): diagnosticOptions.report([d], sources: []); return Exit.missingInput
        case .failure(.invalid(let d)): diagnosticOptions.report([d], sources: []); return Exit.invalidInput
        case .success(let (f, problems)):
            file = f
            if !problems.isEmpty { diagnosticOptions.report(problems, sources: [f]); return Exit.invalidInput }
        }
        var diagnostics = DiagnosticEngine()
        let program = Parser.parse(file, diagnostics: &diagnostics)
        if diagnostics.hasErrors {
            diagnosticOptions.report(diagnostics.sorted, sources: [file])
            return Exit.invalidInput
        }
        guard let formatted = Formatting.canonical(program, file: file) else {
            Console.error(
                "\(file.path): error: the canonical form would change the program; file left unchanged [fmt.internal]\n"
            )
            return Exit.runFailed
        }
        return emit(formatted, for: file, path: path)
    }

    private func emit(_ formatted: String, for file: SourceFile, path: String) -> ExitCode {
        if path == "-" {
            if check, formatted != file.text { Console.out(diff(file, formatted)); return Exit.notCanonical }
            if !check { Console.out(formatted) }
            return Exit.ok
        }
        guard formatted != file.text else { return Exit.ok }
        if check {
            Console.out(diff(file, formatted))
            return Exit.notCanonical
        }
        do {
            try Formatting.replace(path: path, with: formatted)
            return Exit.ok
        } catch {
            Console.error(
                "\(path): error: cannot write the formatted file: \(error.localizedDescription) [fmt.write]\n")
            return Exit.invalidInput
        }
    }

    private func diff(_ file: SourceFile, _ formatted: String) -> String {
        LineDiff.unified(old: file.text, new: formatted, oldName: file.path, newName: file.path + " (formatted)")
    }
}

/// The safety net around the printer: a formatted text is used only if it parses back to the same
/// program, comments included, so `wtc fmt` can never lose or change anything.
enum Formatting {
    static func canonical(_ program: Program, file: SourceFile) -> String? {
        let text = Printer.print(program)
        var diagnostics = DiagnosticEngine()
        let reparsed = Parser.parse(SourceFile(path: file.path, text: text), diagnostics: &diagnostics)
        guard !diagnostics.hasErrors,
            ASTDump.dump(reparsed, trivia: true) == ASTDump.dump(program, trivia: true)
        else { return nil }
        return text
    }

    /// Writes beside the file, then renames over it, keeping its permissions: a crash never leaves half a file.
    static func replace(path: String, with text: String) throws {
        let url = URL(fileURLWithPath: path)
        let temp = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).wtc-fmt")
        try Data(text.utf8).write(to: temp)
        if let permissions = try? FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] {
            try? FileManager.default.setAttributes([.posixPermissions: permissions], ofItemAtPath: temp.path)
        }
        guard rename(temp.path, path) == 0 else {
            try? FileManager.default.removeItem(at: temp)
            throw CocoaError(.fileWriteUnknown)
        }
    }
}
