import CDP
import Foundation
import WTDiagnostics
import WTEngine
import WTRuntime
import WTSema
import WTTestSupport

/// Runs a program in-process the way `wtc exec` does: check, resolve the mode, drive real HTTP and libxml2.
enum EngineHarness {
    struct Outcome {
        var result: RunResult?
        var failure: RunFailure?
        var file: SourceFile
        var runDirectory: URL
    }

    static func run(
        _ text: String, path: String = "program.wt", parameters: [String] = [], mode: Engine.ExecutionMode? = nil,
        browser: LaunchOptions = LaunchOptions(), blockMedia: Bool = false, pollInterval: Duration? = nil,
        shared: SharedBrowser? = nil
    ) async throws -> Outcome {
        let file = SourceFile(path: path, text: text)
        var diagnostics = DiagnosticEngine()
        let output = FrontEnd.check(file, diagnostics: &diagnostics)
        guard let checked = output.checked else {
            throw HarnessError("program does not check: \(diagnostics.diagnostics.map(\.text))")
        }
        let values = try Parameters.parse(parameters, for: checked)
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("wtc-engine-\(UUID())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let resolved = Engine.resolveMode(checked, requested: mode)
        do {
            var engineOptions = Engine.Options(browser: browser, runDirectory: directory)
            engineOptions.blockMedia = blockMedia
            engineOptions.sharedBrowser = shared
            var runOptions = RunOptions(parameters: values)
            if let pollInterval { runOptions.pollInterval = pollInterval }
            let result = try await Engine.withDriver(mode: resolved, options: engineOptions) { driver in
                try await Interpreter.run(checked, file: file, driver: driver, options: runOptions)
            }
            return Outcome(result: result, failure: nil, file: file, runDirectory: directory)
        } catch let failure as RunFailure {
            return Outcome(result: nil, failure: failure, file: file, runDirectory: directory)
        }
    }

    static func sample(_ name: String) throws -> String {
        try String(
            contentsOf: Paths.samples.appendingPathComponent(name).appendingPathComponent("program.wt"),
            encoding: .utf8)
    }

    /// The sample's expected result with `BASE` standing for the server's base URL and `RUNDIR` for the
    /// run's folder (samples/README.md).
    static func expected(_ name: String, base: String, runDirectory: URL? = nil) throws -> Any {
        let url = Paths.samples.appendingPathComponent(name).appendingPathComponent("expected.json")
        let text = try String(contentsOf: url, encoding: .utf8).replacingOccurrences(of: "BASE", with: base)
            .replacingOccurrences(of: "RUNDIR", with: runDirectory?.path ?? "RUNDIR")
        return try JSONSerialization.jsonObject(with: Data(text.utf8))
    }

    static func json(_ text: String) throws -> Any { try JSONSerialization.jsonObject(with: Data(text.utf8)) }

    /// Equal as JSON values (key order and number spelling aside).
    static func same(_ a: Any, _ b: Any) -> Bool { (a as? NSObject)?.isEqual(b) ?? false }
}

struct HarnessError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
