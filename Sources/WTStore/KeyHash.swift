import Crypto
import Foundation

/// API keys at rest: the SHA-256 of the key (hex) to find it, and a short prefix to show. Keys are long
/// random strings minted by the server, so an unsalted fast hash is enough (nothing to brute-force).
enum KeyHash {
    static func sha256(_ key: String) -> String {
        SHA256.hash(data: Data(key.utf8)).map { String(format: "%02x", $0) }.joined()
    }

    /// The first 8 characters, which is what `wtc keys` and logs may show.
    static func prefix(_ key: String) -> String { String(key.prefix(8)) }
}

/// Random ids for files and lock holders.
enum StoreIDs {
    static func random(_ prefix: String) -> String {
        prefix + (0..<12).map { _ in String(format: "%02x", UInt8.random(in: 0...255)) }.joined()
    }
}

/// Builds the `error` JSON of a task abandoned twice.
enum AbandonedError {
    static var json: String {
        let object: [String: Any] = [
            "code": "internal-error", "message": StoreMessages.abandonedTwice, "details": ["reason": "abandoned"],
        ]
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])) ?? Data()
        return String(decoding: data, as: UTF8.self)
    }
}
