import Foundation

/// `WTC_DEBUG=cdp` (or a comma-separated list containing `cdp`) logs every DevTools message to stderr,
/// `→` for sent and `←` for received, cut to 400 characters so screenshots do not flood the terminal.
enum CDPDebugLog {
    static let enabled: Bool = {
        let value = ProcessInfo.processInfo.environment["WTC_DEBUG"] ?? ""
        return value.split(separator: ",").contains { $0.trimmingCharacters(in: .whitespaces) == "cdp" }
    }()

    static let limit = 400

    static func sent(_ message: Data) {
        guard enabled else { return }
        write("[cdp] → " + excerpt(message))
    }

    static func received(_ message: Data) {
        guard enabled else { return }
        write("[cdp] ← " + excerpt(message))
    }

    static func note(_ text: String) {
        guard enabled else { return }
        write("[cdp] " + text)
    }

    static func excerpt(_ message: Data) -> String {
        let text = String(decoding: message.prefix(limit + 1), as: UTF8.self)
        guard message.count > limit else { return text }
        return String(text.prefix(limit)) + "… (\(message.count) bytes)"
    }

    // FileHandle rather than the C `stderr` global, which Swift 6 rejects as shared mutable state (P3).
    private static func write(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }
}
