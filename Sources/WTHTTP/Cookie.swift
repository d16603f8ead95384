import Foundation

extension HTTPClient {
    /// A cookie in a client's jar.
    public struct Cookie: Sendable, Equatable {
        /// The domain it is sent to (without the leading dot libcurl uses internally).
        public var domain: String
        /// Whether subdomains of `domain` receive it too (the cookie had a `Domain` attribute).
        public var includesSubdomains: Bool
        /// The path prefix it is sent for.
        public var path: String
        /// Whether it is sent over https only.
        public var secure: Bool
        /// Whether scripts cannot read it (`HttpOnly`).
        public var httpOnly: Bool
        /// When it expires; `nil` for a session cookie.
        public var expires: Date?
        /// The name.
        public var name: String
        /// The value.
        public var value: String

        /// Parses one line of libcurl's cookie list (Netscape format, tab separated:
        /// domain, subdomains, path, secure, expiry, name, value; `#HttpOnly_` prefixes the domain).
        init?(netscapeLine line: String) {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count >= 7, let expiry = Int64(fields[4]) else { return nil }
            var domain = fields[0]
            httpOnly = domain.hasPrefix("#HttpOnly_")
            if httpOnly { domain.removeFirst("#HttpOnly_".count) }
            if domain.hasPrefix(".") { domain.removeFirst() }
            self.domain = domain
            includesSubdomains = fields[1] == "TRUE"
            path = fields[2]
            secure = fields[3] == "TRUE"
            expires = expiry == 0 ? nil : Date(timeIntervalSince1970: TimeInterval(expiry))
            name = fields[5]
            value = fields[6...].joined(separator: "\t")
        }
    }
}
