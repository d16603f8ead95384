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
        /// Where downloads and other run files go (and the final screenshot in browser mode).
        public var runDirectory: URL
        /// When set, a screenshot after every action goes here (`003-click.png`); the final one too.
        public var screenshots: URL?
        /// When set, every action is recorded into this trace (see `TraceRecorder`).
        public var recorder: TraceRecorder?
        /// In browser mode, answer the pages' image, font and media requests without the network
        /// (`MediaBlocking`); `mayBlockMedia` tells when a run can.
        public var blockMedia = false

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
    /// and it takes no screenshots and records no trace, which should show the page as a person sees it.
    public static func mayBlockMedia(_ program: CheckedProgram, options: Options) -> Bool {
        options.screenshots == nil && options.recorder == nil && MediaBlocking.onlyReads(program.program)
    }

    /// Whether a run may start over HTTP and fall back to the browser: the mode asked for is `auto`.
    static func isAuto(_ program: CheckedProgram, requested: ExecutionMode?) -> Bool {
        if let requested { return requested == .auto }
        return program.mode == .auto
    }

    /// Runs `body` with a driver for `mode`, closing it afterwards whatever happens. In browser mode the
    /// browser process lives exactly as long as this call.
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
            let browser: Browser
            PhaseProfile.begin()
            let launchStart = PhaseProfile.start()
            do {
                if let url = options.browserURL {
                    browser = try await Browser.connect(
                        transport: try await BrowserAddress.transport(url), options: options.browser)
                } else {
                    browser = try await Browser.launch(options.browser)
                }
            } catch {
                throw EngineError.launchFailure(error)
            }
            do {
                let first: CDPSession
                let tabs: BrowserTabs
                let frames: FrameTargets
                do {
                    tabs = BrowserTabs(context: try await browser.newContext())
                    first = try await tabs.open()
                    frames = try await BrowserDriver.prepare(first, blockMedia: options.blockMedia)
                    PhaseProfile.add(.launch, since: launchStart)
                } catch {
                    throw EngineError.browserUnavailable("the browser failed while starting the run: \(error)")
                }
                let driver = BrowserDriver(
                    session: first, frames: frames, tabs: tabs.driverTabs, runDirectory: options.runDirectory,
                    blocksMedia: options.blockMedia, closesTab: false)
                let evidence = EvidenceDriver(
                    driver, directory: options.screenshots ?? options.runDirectory,
                    everyStep: options.screenshots != nil)
                let result = try await run(options.recorder?.recording(evidence) ?? evidence, body)
                await closeProfiled(browser)
                return result
            } catch {
                await closeProfiled(browser)
                throw error
            }
        }
    }

    /// Closes the browser; with `WTC_PROFILE`, the close is a phase and the run's profile is printed.
    private static func closeProfiled(_ browser: Browser) async {
        let start = PhaseProfile.start()
        // A launched browser's profile is temporary: it is killed rather than asked to shut down and save it.
        await browser.close(gracefully: false)
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
        }
    }
}
