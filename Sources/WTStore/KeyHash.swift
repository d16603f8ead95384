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
