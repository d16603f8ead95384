import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// How to start the browser and how long to wait for it.
public struct LaunchOptions: Sendable {
    /// Debian's headless shell; used when neither `executablePath` nor `WTC_CHROMIUM` says otherwise.
    public static let defaultExecutable = "/usr/lib/chromium/chromium-headless-shell"

    /// The browser to run; `nil` means `WTC_CHROMIUM` if set, else `defaultExecutable`.
    public var executablePath: String?
    /// Appended after the standard flags.
    public var extraArguments: [String]
    /// The window (and so the default viewport) size in CSS pixels.
    public var windowSize: (width: Int, height: Int)
    /// How long the browser may take to start and answer its first command.
    public var launchTimeout: Duration
    /// The deadline of a `send` that does not pass its own.
    public var defaultTimeout: Duration
    /// How long `close()` waits for a polite exit before SIGTERM, and again before SIGKILL.
    public var closeTimeout: Duration
    /// Where the temporary profile and log folder is created; `nil` means `/dev/shm` when it is a roomy
    /// memory file system, else the system temporary folder (`ProfileLocation`).
    public var temporaryDirectory: URL?

    /// Options with the defaults: 800×600, 30 s to launch, 30 s per call, 2 s per close stage.
    public init(
        executablePath: String? = nil, extraArguments: [String] = [],
        windowSize: (width: Int, height: Int) = (800, 600),
        launchTimeout: Duration = .seconds(30), defaultTimeout: Duration = .seconds(30),
        closeTimeout: Duration = .seconds(2), temporaryDirectory: URL? = nil
    ) {
        self.executablePath = executablePath
        self.extraArguments = extraArguments
        self.windowSize = windowSize
        self.launchTimeout = launchTimeout
        self.defaultTimeout = defaultTimeout
        self.closeTimeout = closeTimeout
        self.temporaryDirectory = temporaryDirectory
    }

    /// The executable that will run: `executablePath`, else `WTC_CHROMIUM`, else `defaultExecutable`.
    public var resolvedExecutable: String {
        if let executablePath { return executablePath }
        let fromEnvironment = ProcessInfo.processInfo.environment["WTC_CHROMIUM"] ?? ""
        return fromEnvironment.isEmpty ? Self.defaultExecutable : fromEnvironment
    }

    /// The command-line flags for a profile folder: PLATFORM-NOTES' set (the pipe, a fresh profile, nothing
    /// that phones home) plus what automation needs that a person at a screen does not, as Playwright
    /// passes too: no startup window (every page is made in a context, so the default tab would be a wasted
    /// renderer), no throttling of background tabs and timers (a second page must run at full speed), no
    /// flood protection for rapid input events, no hang monitor, and one colour profile so screenshots
    /// compare across machines.
    func arguments(userDataDirectory: String) -> [String] {
        var flags = [
            "--headless", "--remote-debugging-pipe", "--user-data-dir=\(userDataDirectory)", "--no-first-run",
            "--no-default-browser-check", "--disable-gpu", "--disable-dev-shm-usage", "--disable-extensions",
            "--disable-background-networking", "--mute-audio", "--hide-scrollbars",
            "--window-size=\(windowSize.width),\(windowSize.height)", "--no-startup-window",
            "--disable-background-timer-throttling", "--disable-backgrounding-occluded-windows",
            "--disable-renderer-backgrounding", "--disable-ipc-flooding-protection", "--disable-hang-monitor",
            "--disable-breakpad", "--disable-component-update", "--disable-default-apps", "--disable-sync",
            "--metrics-recording-only", "--password-store=basic", "--use-mock-keychain", "--force-color-profile=srgb",
        ]
        // Chromium refuses to start as root with its sandbox on.
        if geteuid() == 0 { flags.append("--no-sandbox") }
        return flags + extraArguments
    }
}
