import ArgumentParser
import Foundation
import WTDiagnostics

enum DiagnosticsFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}

/// `--diagnostics-format`, shared by every command that reports diagnostics. Diagnostics always go to
/// stderr, so stdout carries only a command's real output.
struct DiagnosticOptions: ParsableArguments {
    @Option(name: .long, help: "How to print diagnostics: text or json.")
    var diagnosticsFormat: DiagnosticsFormat = .text

    /// Prints diagnostics for `sources` to stderr in the chosen format (colour only on a terminal).
    func report(_ diagnostics: [Diagnostic], sources: [SourceFile]) {
        guard !diagnostics.isEmpty || diagnosticsFormat == .json else { return }
        switch diagnosticsFormat {
        case .json:
            Console.error(DiagnosticJSON.encode(diagnostics))
        case .text:
            let renderer = DiagnosticRenderer(sources: sources, colour: isatty(2) == 1 && getenv("NO_COLOR") == nil)
            Console.error(renderer.render(diagnostics))
        }
    }
}

/// Writes to the standard streams through FileHandle (Swift 6 forbids the C globals; PLATFORM-NOTES P3).
enum Console {
    static func out(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    static func error(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}
