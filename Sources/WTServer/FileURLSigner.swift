import Crypto
import Foundation

/// Signs and checks the expiring URLs of result files: the token is an HMAC-SHA256, with the server's
/// secret, over the workspace, the file id and the expiry time, so a URL works only for that file, in
/// that workspace, until then — and needs no API key (it is handed to whoever should download it).
public struct FileURLSigner: Sendable {
    /// What a presented token is worth.
    public enum Verdict: Sendable, Equatable {
        case valid
        /// Genuine, but past its expiry time.
        case expired
        /// Not a token this server made for this workspace, file and expiry.
        case invalid
    }

    /// The secret's bytes (`SymmetricKey` is not `Sendable`; one is made per use).
    private let secret: [UInt8]
    private var key: SymmetricKey { SymmetricKey(data: secret) }
    /// How long a fresh URL lives (default 24 h).
    public let lifetime: Duration

    /// A signer with this secret (at least 16 bytes; shorter ones are refused).
    public init?(secret: [UInt8], lifetime: Duration = .seconds(24 * 3600)) {
        guard secret.count >= 16 else { return nil }
        self.init(bytes: secret, lifetime: lifetime)
    }

    private init(bytes: [UInt8], lifetime: Duration) {
        self.secret = bytes
        self.lifetime = lifetime
    }

    /// A signer with a fresh random secret: its URLs die with the process. Several `wtc serve`
    /// processes behind one address need a shared secret instead (`init(secret:)`).
    public static func random(lifetime: Duration = .seconds(24 * 3600)) -> FileURLSigner {
        FileURLSigner(bytes: SymmetricKey(size: .bits256).withUnsafeBytes { Array($0) }, lifetime: lifetime)
    }

    /// The token for one (workspace, file, expiry), lowercase hex.
    public func token(workspace: String, fileId: String, expires: Int64) -> String {
        let mac = HMAC<SHA256>.authenticationCode(for: Self.message(workspace, fileId, expires), using: key)
        return mac.map { String(format: "%02x", $0) }.joined()
    }

    /// The path and query of a fresh URL (relative to the API base) and when it expires.
    public func signedPath(workspace: String, fileId: String, now: Date) -> (path: String, expiresAt: Date) {
        let expires = Int64(now.timeIntervalSince1970.rounded(.down)) + lifetime.components.seconds
        let token = token(workspace: workspace, fileId: fileId, expires: expires)
        let path = "/\(Self.escape(workspace))/files/\(Self.escape(fileId))?token=\(token)&expires=\(expires)"
        return (path, Date(timeIntervalSince1970: TimeInterval(expires)))
    }

    /// Checks a presented token; the comparison is constant-time.
    public func verify(workspace: String, fileId: String, expires: Int64, token: String, now: Date) -> Verdict {
        guard let mac = Self.bytes(hex: token),
            HMAC<SHA256>.isValidAuthenticationCode(
                mac, authenticating: Self.message(workspace, fileId, expires), using: key)
        else { return .invalid }
        return Double(expires) < now.timeIntervalSince1970 ? .expired : .valid
    }

    /// Length-prefixed fields, so no choice of ids can make two different triples sign alike.
    private static func message(_ workspace: String, _ fileId: String, _ expires: Int64) -> [UInt8] {
        var bytes: [UInt8] = []
        for field in [workspace, fileId, String(expires)] {
            let utf8 = Array(field.utf8)
            bytes += withUnsafeBytes(of: UInt32(utf8.count).bigEndian, Array.init) + utf8
        }
        return bytes
    }

    private static func bytes(hex: String) -> [UInt8]? {
        let digits = Array(hex.utf8)
        guard digits.count == 64 else { return nil }
        var out: [UInt8] = []
        out.reserveCapacity(32)
        for i in stride(from: 0, to: digits.count, by: 2) {
            guard let byte = UInt8(String(decoding: digits[i..<i + 2], as: UTF8.self), radix: 16) else { return nil }
            out.append(byte)
        }
        return out
    }

    private static func escape(_ segment: String) -> String {
        segment.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed.subtracting(["/", "?", "&"])) ?? segment
    }
}
