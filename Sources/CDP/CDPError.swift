import Foundation

/// Why a DevTools call, a wait or a launch failed, with a sentence that names the method and says what
/// to do next.
///
/// `description` is that sentence, e.g.
/// `Runtime.evaluate timed out after 200 ms (the page is busy or the call never completes; raise the timeout?)`.
public struct CDPError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The failure, for code that reacts to it.
    public enum Kind: Sendable, Equatable {
        /// The browser executable does not exist or cannot be run; the payload is the path tried.
        case executableNotFound(path: String)
        /// `posix_spawn` or a system call needed to start the browser failed.
        case launchFailed(String)
        /// The browser exited or closed the pipe; the payload is the end of its log.
        case browserClosed(lastLogLines: [String])
        /// A call or a wait ran out of time; `method` is the command or event waited for.
        case timedOut(method: String, after: Duration)
        /// The browser answered the command with a protocol error.
        case protocolError(method: String, code: Int, message: String)
        /// The answer did not have the shape the typed command expects.
        case invalidResponse(method: String, detail: String)
        /// The target (tab) the session was attached to crashed or went away.
        case targetClosed(method: String)
        /// The calling task was cancelled while waiting for `method`.
        case cancelled(method: String)
        /// A script threw, or a promise it awaited rejected; the payload is the exception text.
        case javaScriptException(String)
    }

    /// What failed.
    public let kind: Kind
    /// The full sentence, also returned by `description`.
    public let message: String

    /// An error whose message comes from the catalog; `detail` is shown after the kind's first words.
    public init(_ kind: Kind, detail: String = "") {
        self.kind = kind
        self.message = Messages.explain(kind, detail: detail)
    }

    /// The browser went away; `reason` says how (`exited with status 1`, `killed by signal 9`, ...).
    public static func browserClosed(lastLogLines: [String], reason: String = "") -> CDPError {
        CDPError(.browserClosed(lastLogLines: lastLogLines), detail: reason)
    }

    /// The sentence, e.g. `Runtime.evaluate timed out after 200 ms (…)`.
    public var description: String { message }
}

extension CDPError {
    /// The message catalog: one sentence per kind, each saying what to try next.
    enum Messages {
        static func explain(_ kind: Kind, detail: String) -> String {
            switch kind {
            case .executableNotFound(let path):
                "the browser executable '\(path)' was not found or is not executable (install it with "
                    + "`apt-get install chromium-headless-shell` or wtc's scripts/install-system-deps.sh, or set "
                    + "WTC_CHROMIUM to its path)"
            case .launchFailed(let what): "could not start the browser: \(what)"
            case .browserClosed(let lines): closed(detail: detail, lines: lines)
            case .timedOut(let method, let after):
                "\(method) timed out after \(format(after))\(suffix(detail)) (the page may be busy, or the "
                    + "call never completes; raise the timeout if it is legitimately slow)"
            case .protocolError(let method, let code, let message):
                "\(method) failed: \(message) (protocol error \(code); check the parameters)"
            case .invalidResponse(let method, let why):
                "\(method) returned a response that could not be decoded: \(why) (is the browser version supported?)"
            case .targetClosed(let method):
                "\(method) failed: the page crashed or was closed\(suffix(detail)) (open a new page)"
            case .cancelled(let method): "\(method) was cancelled"
            case .javaScriptException(let text): "the script threw: \(text)"
            }
        }

        static func closed(detail: String, lines: [String]) -> String {
            let how = detail.isEmpty ? "the browser closed" : "the browser closed (\(detail))"
            guard !lines.isEmpty else { return how + "; it wrote nothing to its log" }
            return how + "; its last log lines:\n" + lines.map { "  | " + $0 }.joined(separator: "\n")
        }

        static func suffix(_ detail: String) -> String { detail.isEmpty ? "" : " (\(detail))" }

        /// `200 ms`, `1.5 s`: the unit a reader expects for the size of the value.
        static func format(_ duration: Duration) -> String {
            let (seconds, attoseconds) = duration.components
            let millis = Double(seconds) * 1000 + Double(attoseconds) / 1e15
            if millis < 1000 { return "\(Int(millis.rounded())) ms" }
            let text = String(format: "%.1f", millis / 1000)
            return (text.hasSuffix(".0") ? String(text.dropLast(2)) : text) + " s"
        }
    }
}
