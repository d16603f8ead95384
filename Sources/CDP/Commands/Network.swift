/// The `Network` and `Storage` domains: what this layer needs of them is cookies.
public enum Network {
    /// A cookie as the browser stores it.
    public struct Cookie: Codable, Sendable, Equatable {
        public let name: String
        public let value: String
        public let domain: String
        public let path: String
        /// Seconds since the epoch; -1 for a session cookie.
        public let expires: Double
        public let httpOnly: Bool
        public let secure: Bool
        public let session: Bool
        public let sameSite: String?
    }

    /// `Network.enable`: network events (`requestWillBeSent`, `responseReceived`, ...) for the session.
    public struct Enable: CDPCommand {
        public static let method = "Network.enable"
        public typealias Response = CDPEmptyResponse
        public init() {}
    }

    /// `Network.setCookie`, in the browser context of the session it is sent on.
    public struct SetCookie: CDPCommand {
        public static let method = "Network.setCookie"
        public struct Response: Decodable, Sendable { public let success: Bool? }
        public var name: String
        public var value: String
        /// The cookie's domain and path default to this URL's.
        public var url: String?
        public var domain: String?
        public var path: String?
        public var secure: Bool?
        public var httpOnly: Bool?
        public init(
            name: String, value: String, url: String? = nil, domain: String? = nil, path: String? = nil,
            secure: Bool? = nil, httpOnly: Bool? = nil
        ) {
            self.name = name
            self.value = value
            self.url = url
            self.domain = domain
            self.path = path
            self.secure = secure
            self.httpOnly = httpOnly
        }
    }

    /// `Network.getCookies`: the cookies the session's context would send to `urls` (the page's URL if none).
    public struct GetCookies: CDPCommand {
        public static let method = "Network.getCookies"
        public struct Response: Decodable, Sendable { public let cookies: [Cookie] }
        public var urls: [String]?
        public init(urls: [String]? = nil) { self.urls = urls }
    }
}

/// The `Storage` domain, for the browser session.
public enum Storage {
    /// `Storage.getCookies`: every cookie of a browser context (the default one when `nil`).
    public struct GetCookies: CDPCommand {
        public static let method = "Storage.getCookies"
        public struct Response: Decodable, Sendable { public let cookies: [Network.Cookie] }
        public var browserContextId: String?
        public init(browserContextId: String? = nil) { self.browserContextId = browserContextId }
    }
}
