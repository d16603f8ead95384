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
        /// Where downloads and other run files go.
        public var runDirectory: URL

        public init(mode: ExecutionMode? = nil, http: HTTPClientConfiguration = .init(), runDirectory: URL) {
            self.mode = mode
            self.http = http
            self.runDirectory = runDirectory
        }
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

    /// Runs `body` with a driver for `mode`, closing it afterwards whatever happens.
    public static func withDriver<T: Sendable>(
        mode: ExecutionMode, options: Options, _ body: (any PageDriver) async throws -> T
    ) async throws -> T {
        let driver: any PageDriver
        switch mode {
        case .http, .auto:
            driver = HTTPDriver(client: HTTPClient(configuration: options.http), runDirectory: options.runDirectory)
        case .browser:
            throw EngineError.browserUnavailable
        }
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
    case browserUnavailable

    public var description: String {
        switch self {
        case .browserUnavailable:
            "this program needs a browser (mode browser), and the Chromium driver is not part of this build yet; "
                + "run with --mode http if every step can work over plain HTTP"
        }
    }
}
