import CDP
import Foundation
import WTHTTP
import WTRuntime
import WTSema
import WTSyntax

/// Wiring: the real adapters behind the runtime's ports. `withDriver` owns every process and connection a
/// run uses and releases them on every path (CONVENTIONS.md #12).
public enum Engine {
    /// How a run reaches pages. `auto` picks plain HTTP when the program has no browser-only step.
    public enum ExecutionMode: String, Sendable, CaseIterable {
        case auto, http, browser
    }

    public struct Options: Sendable {
        public var mode: ExecutionMode?
        public var http: HTTPClientConfiguration
        /// How Chromium is launched in browser mode.
        public var browser: LaunchOptions
        /// A running browser to attach to (`ws://host:port/devtools/browser/…`) instead of launching one.
        public var browserURL: String?
        /// When set, browser runs take a fresh context of this one shared browser instead of launching (or
        /// connecting to) a browser of their own; `browser` and `browserURL` are then the source's business.
        public var sharedBrowser: SharedBrowser?
        /// Where downloads and other run files go (and the final screenshot in browser mode).
        public var runDirectory: URL
        /// When set, a screenshot after every action goes here (`003-click.png`); the final one too.
        public var screenshots: URL?
        /// When set, every action is recorded into this trace (see `TraceRecorder`).
        public var recorder: TraceRecorder?
        /// When set, a browser run gives it a picture after every action and of the page where it failed
        /// (`ReportRecorder`, for `--report`).
        public var report: ReportRecorder?
        /// In browser mode, answer the pages' image, font and media requests without the network
        /// (`MediaBlocking`); `mayBlockMedia` tells when a run can.
        public var blockMedia = false
        /// Which addresses runs may open; every run of a program made with these options, and the agent's
        /// navigation, obey it.
        public var navigationGuard: NavigationGuard = .standard
        /// The deadline of the steps of a saved or new program's clean replay that set none (nil: the
        /// runtime's default, 10 s), as `wtc exec --timeout` sets it for one run.
        public var stepTimeout: Duration?

        public init(
            mode: ExecutionMode? = nil, http: HTTPClientConfiguration = .init(), browser: LaunchOptions = .init(),
            runDirectory: URL
        ) {
            self.mode = mode
            self.http = http
            self.browser = browser
            self.runDirectory = runDirectory
        }

        /// Where the picture of the last page is saved when a browser run ends (also when it fails).
        public var finalScreenshot: URL { (screenshots ?? runDirectory).appendingPathComponent("final.png") }
    }

    /// The mode a run uses: the command line wins over the program header; `auto` resolves by the
    /// program's steps.
    public static func resolveMode(_ program: CheckedProgram, requested: ExecutionMode?) -> ExecutionMode {
        let declared: ExecutionMode =
            switch program.mode {
            case .auto: .auto
            case .http: .http
            case .browser: .browser
            }
        let mode = requested ?? declared
        guard mode == .auto else { return mode }
        return program.usesBrowserOnlySteps ? .browser : .http
    }

    /// Whether a run of `program` may skip images, fonts and media: it only reads (`MediaBlocking.onlyReads`),
    /// and it takes no screenshots, records no trace and writes no report, which show the page as a person sees it.
    public static func mayBlockMedia(_ program: CheckedProgram, options: Options) -> Bool {
        options.screenshots == nil && options.recorder == nil && options.report?.takesPictures != true
            && MediaBlocking.onlyReads(program.program)
    }

    /// Whether a run may start over HTTP and fall back to the browser: the mode asked for is `auto`.
    static func isAuto(_ program: CheckedProgram, requested: ExecutionMode?) -> Bool {
        if let requested { return requested == .auto }
        return program.mode == .auto
    }

    /// Runs `body` with a driver for `mode`, closing it afterwards whatever happens. In browser mode the
    /// browser process lives exactly as long as this call, or with `options.sharedBrowser`, the run's
    /// context of the shared browser does.
    public static func withDriver<T: Sendable>(
        mode: ExecutionMode, options: Options, _ body: (any PageDriver) async throws -> T
    ) async throws -> T {
        try await withDriver(mode: mode, options: options, ledger: RequestLedger(), body)
    }

    /// `withDriver`, with the ledger an HTTP driver notes its requests in.
    static func withDriver<T: Sendable>(
        mode: ExecutionMode, options: Options, ledger: RequestLedger, _ body: (any PageDriver) async throws -> T
    ) async throws -> T {
        switch mode {
        case .http, .auto:
            let driver = HTTPDriver(
                client: HTTPClient(configuration: options.http), runDirectory: options.runDirectory, ledger: ledger)
            return try await run(options.recorder?.recording(driver) ?? driver, body)
        case .browser:
            if let shared = options.sharedBrowser {
                return try await withSharedContext(shared, options: options, body)
            }
            PhaseProfile.begin()
            let launchStart = PhaseProfile.start()
            let browser: Browser
            do {
                if let url = options.browserURL {
                    browser = try await connectBrowser(url: url, options: options.browser)
                } else {
                    browser = try await Browser.launch(options.browser)
                }
            } catch {
                throw EngineError.launchFailure(error)
            }
            do {
                let context: BrowserContext
                do {
                    context = try await browser.newContext()
                } catch {
                    throw EngineError.browserUnavailable(EngineMessages.startFailed(error))
                }
                let result = try await run(in: context, options: options, launchStart: launchStart, body)
                await closeProfiled(browser)
                return result
            } catch {
                await closeProfiled(browser)
                throw error
            }
        }
    }

    /// Reaches the running browser at `url` (`ws://…` or `wss://…`, `BrowserAddress` picks the transport):
    /// used by a browser per run and by the shared browser alike.
    static func connectBrowser(url: String, options: LaunchOptions) async throws -> Browser {
        try await Browser.connect(transport: try await BrowserAddress.transport(url), options: options)
    }

    /// A browser run in a context of the shared browser, disposed of when the run ends.
    private static func withSharedContext<T: Sendable>(
        _ shared: SharedBrowser, options: Options, _ body: (any PageDriver) async throws -> T
    ) async throws -> T {
        PhaseProfile.begin()
        let launchStart = PhaseProfile.start()
        let context = try await shared.openContext(downloadsTo: options.runDirectory)
        do {
            let result = try await run(in: context, options: options, launchStart: launchStart, body)
            await releaseProfiled(context, to: shared)
            return result
        } catch {
            await releaseProfiled(context, to: shared)
            throw error
        }
    }

    /// Runs `body` with a driver on a first tab of `context` (the context's owner disposes of it).
    private static func run<T: Sendable>(
        in context: BrowserContext, options: Options, launchStart: ContinuousClock.Instant?,
        _ body: (any PageDriver) async throws -> T
    ) async throws -> T {
        let first: CDPSession
        let tabs = BrowserTabs(context: context)
        let frames: FrameTargets
        do {
            first = try await tabs.open()
            frames = try await BrowserDriver.prepare(first, blockMedia: options.blockMedia)
            PhaseProfile.add(.launch, since: launchStart)
        } catch {
            throw EngineError.browserUnavailable(EngineMessages.startFailed(error))
        }
        let driver = BrowserDriver(
            session: first, frames: frames, tabs: tabs.driverTabs, runDirectory: options.runDirectory,
            blocksMedia: options.blockMedia, closesTab: false)
        let evidence = EvidenceDriver(
            driver, directory: options.screenshots ?? options.runDirectory, everyStep: options.screenshots != nil,
            report: options.report)
        return try await run(options.recorder?.recording(evidence) ?? evidence, body)
    }

    /// Closes the browser; with `WTC_PROFILE`, the close is a phase and the run's profile is printed.
    private static func closeProfiled(_ browser: Browser) async {
        let start = PhaseProfile.start()
        // A launched browser's profile is temporary: it is killed rather than asked to shut down and save it.
        await browser.close(gracefully: false)
        PhaseProfile.add(.close, since: start)
        PhaseProfile.report()
    }

    /// Disposes of a shared browser's context; with `WTC_PROFILE`, that is the close phase.
    private static func releaseProfiled(_ context: BrowserContext, to shared: SharedBrowser) async {
        let start = PhaseProfile.start()
        await shared.release(context)
        PhaseProfile.add(.close, since: start)
        PhaseProfile.report()
    }

    private static func run<T: Sendable>(_ driver: any PageDriver, _ body: (any PageDriver) async throws -> T)
        async throws -> T
    {
        do {
            let result = try await body(driver)
            await driver.close()
            return result
        } catch {
            await driver.close()
            throw error
        }
    }
}

/// Failures of the wiring itself, before any step runs.
public enum EngineError: Error, Sendable, CustomStringConvertible {
    case browserUnavailable(String)
    /// No browser executable at `path` (the default path, or `WTC_CHROMIUM`'s).
    case browserNotInstalled(path: String)
    /// The shared browser was closed (the server is stopping) before the run could start.
    case sharedBrowserClosed

    /// The error for a browser that could not be launched or reached: a missing executable is told apart,
    /// so the message names the package to install rather than a spawn failure.
    public static func launchFailure(_ error: any Error) -> EngineError {
        if case .executableNotFound(let path)? = (error as? CDPError)?.kind { return .browserNotInstalled(path: path) }
        return .browserUnavailable("\(error)")
    }

    public var description: String {
        switch self {
        case .browserUnavailable(let why):
            "cannot start Chromium: \(why); install it with 'apt-get install chromium-headless-shell' or set "
                + "WTC_CHROMIUM to its path, or run with --mode http if every step can work over plain HTTP"
        case .browserNotInstalled(let path):
            "Chromium is not installed: '\(path)' does not exist or is not executable. Install Debian's "
                + "chromium-headless-shell package ('sudo apt-get install chromium-headless-shell', or run "
                + "scripts/install-system-deps.sh from the wtc checkout), or set WTC_CHROMIUM to a Chromium "
                + "executable; 'wtc doctor' checks the whole set-up"
        case .sharedBrowserClosed: EngineMessages.sharedBrowserClosed
        }
    }
}
