import Testing
import WTDiagnostics
import WTRuntime
import WTSema
import WTTestSupport

/// Compiles `.wt` text with the real front end and runs it against a fake site.
struct Harness {
    var site: FakeSite
    var browser = false
    var parameters: [String] = []
    var observer: RecordingObserver?
    var clock: ManualClock?
    var maxForks: Int?
    var navigationGuard: NavigationGuard?
    var initialOutputs: [String: Value] = [:]
    /// The driver of the last run (the first one; forks are made from it).
    private(set) var driver: FakeDriver?

    init(_ pages: [FakePage] = [], browser: Bool = false) {
        self.site = FakeSite(pages)
        self.browser = browser
    }

    /// Checks `source` (markers removed), failing the test on any diagnostic.
    static func check(_ source: String) throws -> (CheckedProgram, SourceFile) {
        let file = SourceFile(path: "test.wt", text: MarkedSource(source).text)
        var diagnostics = DiagnosticEngine()
        let output = FrontEnd.check(file, diagnostics: &diagnostics)
        let rendered = DiagnosticRenderer(sources: [file]).render(diagnostics.diagnostics)
        guard let checked = output.checked, !diagnostics.hasErrors else {
            Issue.record("the program does not check:\n\(rendered)")
            throw HarnessError.invalidProgram
        }
        return (checked, file)
    }

    mutating func run(_ source: String) async throws -> Result<RunResult, RunFailure> {
        let (program, file) = try Self.check(source)
        let values = try Parameters.parse(parameters, for: program)
        var options = RunOptions(parameters: values, observer: observer, clock: clock ?? ManualClock())
        if let maxForks { options.maxForks = maxForks }
        if let navigationGuard { options.navigationGuard = navigationGuard }
        options.initialOutputs = initialOutputs
        let driver = FakeDriver(site: site, browser: browser)
        self.driver = driver
        do {
            return .success(try await Interpreter.run(program, file: file, driver: driver, options: options))
        } catch {
            return .failure(error)
        }
    }

    /// Runs and returns the result, failing the test (with the rendered diagnostic) if the run failed.
    mutating func succeed(_ source: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) async throws
        -> RunResult
    {
        switch try await run(source) {
        case .success(let result): return result
        case .failure(let failure):
            let file = SourceFile(path: "test.wt", text: MarkedSource(source).text)
            Issue.record(
                "run failed: \(DiagnosticRenderer(sources: [file]).render(failure.diagnostic))",
                sourceLocation: sourceLocation)
            throw failure
        }
    }

    /// Runs and returns the failure, failing the test if the run succeeded.
    mutating func fail(_ source: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) async throws
        -> RunFailure
    {
        switch try await run(source) {
        case .success(let result):
            Issue.record("run succeeded with \(result.json(pretty: false))", sourceLocation: sourceLocation)
            throw HarnessError.unexpectedSuccess
        case .failure(let failure): return failure
        }
    }
}

enum HarnessError: Error {
    case unexpectedSuccess
    case invalidProgram
}

extension RunFailure {
    /// Where the diagnostic starts, as a UTF-8 offset (compare with `MarkedSource` markers).
    var offset: Int? { diagnostic.span?.start.offset }
    var line: Int? { diagnostic.span?.start.line }
    var message: String { diagnostic.text }
    var help: String? { diagnostic.help }
    var notes: [String] { diagnostic.notes.map(\.text) }
}
