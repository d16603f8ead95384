import Crypto
import Foundation

/// The console's cryptography, all keyed from one server secret (the same configuration as signed file
/// URLs, so every server of a cluster accepts the others' cookies): the session cookie is the API key
/// sealed with ChaChaPoly (encrypted and authenticated) together with a random nonce and an expiry, and a
/// form's CSRF token is an HMAC of the session's nonce. Separate keys are derived for the two uses.
struct SessionSeal: Sendable {
    /// What a session cookie holds.
    struct Session: Sendable, Hashable, Codable {
        /// The API key, re-verified on every request, so a removed key stops working.
        var key: String
        /// Random per sign-in; CSRF tokens are derived from it.
        var nonce: String
        /// Seconds since 1970 after which the cookie is refused.
        var expires: Int64
    }

    private let sealBytes: [UInt8]
    private let tokenBytes: [UInt8]
    /// How long a session lasts after sign-in.
    let lifetime: TimeInterval

    init(secret: [UInt8], lifetime: TimeInterval = 12 * 3600) {
        func derive(_ purpose: String) -> [UInt8] {
            HKDF<SHA256>.deriveKey(
                inputKeyMaterial: SymmetricKey(data: secret), info: Array(purpose.utf8), outputByteCount: 32
            ).withUnsafeBytes { Array($0) }
        }
        sealBytes = derive("wtc console session")
        tokenBytes = derive("wtc console csrf")
        self.lifetime = lifetime
    }

    /// A fresh session for `key`, starting `now`.
    func newSession(key: String, now: Date) -> Session {
        Session(key: key, nonce: Self.randomNonce(), expires: Int64(now.timeIntervalSince1970 + lifetime))
    }

    /// The cookie value of `session`: base64url of the sealed box.
    func seal(_ session: Session) -> String? {
        guard let plain = try? JSONEncoder().encode(session),
            let box = try? ChaChaPoly.seal(plain, using: SymmetricKey(data: sealBytes))
        else { return nil }
        return Self.base64url(box.combined)
    }

    /// The session in a cookie value, or nil when it was not sealed by this secret or has expired.
    func open(_ cookie: String, now: Date) -> Session? {
        guard let data = Self.data(base64url: cookie), let box = try? ChaChaPoly.SealedBox(combined: data),
            let plain = try? ChaChaPoly.open(box, using: SymmetricKey(data: sealBytes)),
            let session = try? JSONDecoder().decode(Session.self, from: plain),
            Double(session.expires) > now.timeIntervalSince1970
        else { return nil }
        return session
    }

    /// The CSRF token for forms shown under `nonce` (a session's, or the sign-in page's pre-session one).
    func token(nonce: String) -> String {
        let mac = HMAC<SHA256>.authenticationCode(for: Array(nonce.utf8), using: SymmetricKey(data: tokenBytes))
        return Self.base64url(Data(mac))
    }

    /// Whether `presented` is the token for `nonce`; constant-time.
    func check(token presented: String, nonce: String) -> Bool {
        guard let mac = Self.data(base64url: presented) else { return false }
        return HMAC<SHA256>.isValidAuthenticationCode(
            mac, authenticating: Array(nonce.utf8), using: SymmetricKey(data: tokenBytes))
    }

    /// 16 random bytes, base64url.
    static func randomNonce() -> String {
        base64url(SymmetricKey(size: .bits128).withUnsafeBytes { Data($0) })
    }

    static func base64url(_ data: Data) -> String {
        data.base64EncodedString().replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }

    static func data(base64url text: String) -> Data? {
        var base64 = text.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        base64 += String(repeating: "=", count: (4 - base64.count % 4) % 4)
        return Data(base64Encoded: base64)
    }
}
