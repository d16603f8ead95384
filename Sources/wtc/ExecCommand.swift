import ArgumentParser
import CDP
import Foundation
import WTDiagnostics
import WTEngine
import WTReport
import WTRuntime
import WTSema

extension Engine.ExecutionMode: ExpressibleByArgument {}

/// `wtc exec program.wt [--param name=value]… [--mode http]`: run a program and print its result as JSON.
struct ExecCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "exec",
        abstract: "Run a .wt program and print its result as JSON on stdout.",
        discussion: """
            Progress goes to stderr, one line per step. A failing step prints its source position, what it \
            looked for and what the page had instead. Exit 0 on success, 64 for a bad --param, 65 for an \
            invalid program, 66 for a missing file, 69 when the network or browser is unavailable, 70 when \
            the run fails, 73 when the --report file cannot be written.
            """
    )

    @Argument(help: "The .wt program to run.")
    var program: String

    @Option(name: .customLong("param"), help: "A parameter value, as name=value (repeatable).")
    var parameters: [String] = []

    @Option(
        name: .long,
        help: """
            auto, http or browser; overrides the program's mode line. auto runs over plain HTTP when every \
            step can and, if that run fails, again in Chromium (not after it posted a form, nor with --trace).
            """)
    var mode: Engine.ExecutionMode?

    @Option(name: .long, help: "Folder for downloads and other run files (default: a new temporary folder).")
    var runDir: String?

    @Option(name: .long, help: "The deadline of steps that do not set one, e.g. 500ms, 5s or 2m (default 10s).")
    var timeout: StepTimeout?

    @Option(
        name: .long,
        help: """
            Attach to a running browser (ws://host:port/devtools/browser/…, or wss://… for a fleet behind TLS; \
            WTC_BROWSER_CA=FILE trusts a fleet's own CA) instead of launching Chromium.
            """)
    var browser: String?

    @Option(name: .long, help: "Save a screenshot after each step into this folder (browser mode).")
    var screenshots: String?

    @Option(
        name: .long,
        help: "Record a trace of the run into this folder (trace.json and page snapshots) for wtc compile.")
    var trace: String?

    @Option(
        name: .long,
        help: """
            Write a run report to this HTML file: the program with each line's outcome and time, the failing \
            line with its diagnostic and a picture of the page, each step's before and after pictures (browser \
            mode), the outputs and the ledger. One file, readable offline.
            """)
    var report: String?

    @Option(name: .long, help: "The task the trace says it did (default: the program's leading comment).")
    var task: String?

    @Option(
        name: .long,
        help: """
            Pages open at once across the program's concurrent loops (default 8); a loop asking for more \
            gets a warning before the run.
            """)
    var maxPages: Int = RunOptions.defaultMaxForks

    @Flag(
        name: .long,
        help: """
            Load images, fonts and media in browser mode even when the program only reads. By default a \
            browser run of a program with no form input and no download, taking no screenshots and \
            recording no trace, answers them without the network: images load as a blank 1x1 picture, \
            fonts and media fail, and the page's DOM, text and attributes are read as before.
            """)
    var loadMedia = false

    @Option(
        name: .customLong("allow-navigation"),
        help: """
            Let open reach what the navigation guard refuses by default (repeatable): a scheme with its \
            colon (file:) or a host (169.254.169.254, metadata). By default only http: and https: pages \
            are opened, and never a link-local or cloud metadata address.
            """)
    var allowNavigation: [String] = []

    @Flag(name: .long, help: "Do not print progress lines.")
    var quiet = false

    @OptionGroup var diagnosticOptions: DiagnosticOptions

    func run() async throws {
        let (file, checked) = try loadProgram()
        let values: [String: Value]
        do {
            values = try Parameters.parse(parameters, for: checked)
        } catch {
            Console.error("wtc exec: error: \(error.message)\n")
            throw Exit.usage
        }
        guard maxPages >= 1 else {
            Console.error("wtc exec: error: --max-pages must be at least 1, not \(maxPages)\n")
            throw Exit.usage
        }
        if let browser {
            do {
                try BrowserAddress.check(browser)
            } catch {
                Console.error("wtc exec: error: --browser: \(error.message)\n")
                throw Exit.usage
            }
        }
        if let report { try ReportFile.checkWritable(report, command: "wtc exec") }
        let capped = ConcurrencyCap.warnings(checked, file: file, maxPages: maxPages)
        if !capped.isEmpty { diagnosticOptions.report(capped, sources: [file]) }
        let runDirectory = try makeRunDirectory()
        let mode = Engine.resolveMode(checked, requested: browser != nil ? .browser : self.mode)
        // Ctrl-C or a kill must not leave Chromium behind: the handler kills every browser we started (an
        // `auto` run that starts over HTTP may fall back to one).
        if mode == .browser || mode == .http { BrowserProcess.terminateAllOnSignal() }
        let observer: (any RunObserver)? = quiet ? nil : ProgressPrinter()
        let recorder = trace.map { _ in
            TraceRecorder(
                sourceName: (file.path as NSString).lastPathComponent, parameters: values, forwardingTo: observer)
        }
        let reporter = report.map { _ in ReportRecorder(forwardingTo: recorder ?? observer) }
        var options = RunOptions(parameters: values, observer: reporter ?? recorder ?? observer)
        if let timeout { options.defaultTimeout = timeout.duration }
        options.maxForks = maxPages
        options.navigationGuard = NavigationGuard(allowing: allowNavigation.compactMap(NavigationGuard.allowance))
        // A trace or a report is one sequential story: iterations of concurrent loops run one by one.
        if recorder != nil || reporter != nil { options.maxForks = 0 }
        var engineOptions = Engine.Options(mode: mode, runDirectory: runDirectory)
        engineOptions.recorder = recorder
        engineOptions.report = reporter
        engineOptions.screenshots = screenshots.map { URL(fileURLWithPath: $0) }
        engineOptions.browserURL = browser
        engineOptions.blockMedia = !loadMedia && Engine.mayBlockMedia(checked, options: engineOptions)
        // A `mode auto` run that fails over HTTP runs again in the browser; the report tells which ran last.
        var modeRan = mode
        do {
            let requested = browser != nil ? .browser : self.mode
            let (result, _) = try await Engine.run(
                checked, requested: requested, options: engineOptions,
                onFallback: {
                    reportFallback($0, file)
                    reporter?.restart()
                    modeRan = .browser
                }
            ) { driver in
                try await Interpreter.run(checked, file: file, driver: driver, options: options)
            }
            try saveTrace(recorder, checked, file, values, mode, .success(result))
            try saveReport(reporter, file, values, modeRan, .succeeded(result))
            Console.out(result.json(pretty: true))
            if runDir == nil { Self.tidy(runDirectory, keepScreenshots: screenshots != nil) }
        } catch let failure as RunFailure {
            try saveTrace(recorder, checked, file, values, mode, .failure(failure))
            try saveReport(reporter, file, values, modeRan, .failed(failure.diagnostic))
            var diagnostic = failure.diagnostic
            let picture = engineOptions.finalScreenshot
            if FileManager.default.fileExists(atPath: picture.path) {
                diagnostic.notes.append(
                    .init("screenshot of the page when the run stopped: \(picture.path)", span: nil))
            }
            diagnosticOptions.report([diagnostic], sources: [file])
            throw failure.kind == .unavailable ? Exit.unavailable : Exit.runFailed
        } catch let error as EngineError {
            Console.error("wtc exec: error: \(error)\n")
            throw Exit.unavailable
        }
    }

    /// A warning at the step where the HTTP run of a `mode auto` program failed, before it runs in Chromium.
    private func reportFallback(_ failure: RunFailure, _ file: SourceFile) {
        let message = DiagnosticMessage(
            "run.browser-fallback", .warning,
            "over HTTP: \(failure.diagnostic.text) [\(failure.id)]; running the program again in Chromium "
                + "(mode auto keeps the browser as its fallback)")
        diagnosticOptions.report(
            [
                Diagnostic(
                    message, span: failure.diagnostic.span,
                    help: "if the site now needs a browser, set "
                        + "'mode browser' in the program or run with --mode browser to skip the HTTP attempt")
            ],
            sources: [file])
    }

    /// Writes the recorded trace, also of a failed run (the agent repairs from it).
    private func saveTrace(
        _ recorder: TraceRecorder?, _ checked: CheckedProgram, _ file: SourceFile, _ values: [String: Value],
        _ mode: Engine.ExecutionMode, _ result: Result<RunResult, RunFailure>
    ) throws {
        guard let recorder, let trace else { return }
        let task = self.task ?? TraceRecorder.task(fromLeadingCommentOf: file.text) ?? "Run \(checked.name)"
        let recorded = recorder.trace(
            program: checked, task: task, parameters: values, mode: mode.rawValue, result: result)
        do {
            try recorder.write(recorded, to: URL(fileURLWithPath: trace))
        } catch {
            Console.error("wtc exec: error: cannot write the trace to \(trace): \(error.localizedDescription)\n")
            throw Exit.runFailed
        }
    }

    /// Writes the run report, also of a failed run (that is when it is read most).
    private func saveReport(
        _ reporter: ReportRecorder?, _ file: SourceFile, _ values: [String: Value], _ mode: Engine.ExecutionMode,
        _ ending: ReportRecorder.Ending
    ) throws {
        guard let reporter, let report else { return }
        let title =
            task ?? TraceRecorder.task(fromLeadingCommentOf: file.text) ?? (file.path as NSString).lastPathComponent
        var (data, images) = reporter.report(
            title: title, file: file, mode: mode.rawValue, parameters: values, ending: ending)
        data.ledger = ReportLedger.replay(data)
        try ReportFile.write(data, images, to: report, command: "wtc exec")
    }

    /// Loads and checks the program; reports diagnostics and exits 65/66 when it cannot run.
    private func loadProgram() throws -> (SourceFile, CheckedProgram) {
        var diagnostics = DiagnosticEngine()
        switch SourceLoader.load(path: program) {
        case .failure(.missing(let d)):
            diagnosticOptions.report([d], sources: [])
            throw Exit.missingInput
        case .failure(.invalid(let d)):
            diagnosticOptions.report([d], sources: [])
            throw Exit.invalidInput
        case .success(let (file, problems)):
            diagnostics.append(contentsOf: problems)
            let output = FrontEnd.check(file, diagnostics: &diagnostics)
            guard let checked = output.checked, !diagnostics.hasErrors else {
                diagnosticOptions.report(diagnostics.sorted, sources: [file])
                throw Exit.invalidInput
            }
            if !diagnostics.diagnostics.isEmpty { diagnosticOptions.report(diagnostics.sorted, sources: [file]) }
            return (file, checked)
        }
    }

    /// A successful run needs no picture of its last page; a temporary run folder that holds nothing else
    /// (no downloads the result points at) is removed, so runs do not pile up in /tmp.
    static func tidy(_ directory: URL, keepScreenshots: Bool) {
        if !keepScreenshots { try? FileManager.default.removeItem(at: directory.appendingPathComponent("final.png")) }
        if (try? FileManager.default.contentsOfDirectory(atPath: directory.path))?.isEmpty == true {
            try? FileManager.default.removeItem(at: directory)
        }
    }

    private func makeRunDirectory() throws -> URL {
        let url =
            runDir.map { URL(fileURLWithPath: $0) }
            ?? FileManager.default.temporaryDirectory.appendingPathComponent("wtc-run-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}

/// One line per finished step on stderr: `[3] line 12  click "li.next > a"  http://…  14 ms  8 records`.
struct ProgressPrinter: RunObserver {
    func stepFinished(_ event: StepEvent) {
        let ms = Double(event.duration.components.attoseconds) / 1e15 + Double(event.duration.components.seconds) * 1e3
        let url = event.url.map { "  \($0)" } ?? ""
        let line =
            "[\(event.index)] line \(event.line)  \(event.summary)\(url)  \(String(format: "%.0f", ms)) ms"
            + "  \(event.recordsSoFar) records\n"
        Console.error(line)
    }
}

/// A duration on the command line, written like the language's duration literals: `500ms`, `5s`, `2m`.
struct StepTimeout: ExpressibleByArgument {
    var duration: Duration

    init?(argument: String) {
        let units: [(String, Int)] = [("ms", 1), ("s", 1000), ("m", 60_000)]
        for (unit, factor) in units where argument.hasSuffix(unit) {
            guard let n = Int(argument.dropLast(unit.count)), n > 0 else { return nil }
            duration = .milliseconds(n * factor)
            return
        }
        return nil
    }
}
