/// The `Browser` domain, nested in the `Browser` façade: `Browser.GetVersion()`, `Browser.Close()`, ...
extension Browser {
    /// `Browser.getVersion`.
    public struct GetVersion: CDPCommand {
        public static let method = "Browser.getVersion"
        public struct Response: Decodable, Sendable {
            public let protocolVersion: String
            /// `HeadlessChrome/156.0.8078.108`.
            public let product: String
            public let revision: String
            public let userAgent: String
            public let jsVersion: String
        }
        public init() {}
    }

    /// `Browser.close`: the browser exits after answering.
    public struct Close: CDPCommand {
        public static let method = "Browser.close"
        public typealias Response = CDPEmptyResponse
        public init() {}
    }

    /// `Browser.setDownloadBehavior`: where downloads of a context go and whether they raise events.
    public struct SetDownloadBehavior: CDPCommand {
        public static let method = "Browser.setDownloadBehavior"
        public typealias Response = CDPEmptyResponse
        /// `deny`, `allow`, `allowAndName` (saved under the guid) or `default`.
        public var behavior: String
        public var browserContextId: String?
        public var downloadPath: String?
        public var eventsEnabled: Bool?
        public init(
            behavior: String = "allowAndName", browserContextId: String? = nil, downloadPath: String? = nil,
            eventsEnabled: Bool? = true
        ) {
            self.behavior = behavior
            self.browserContextId = browserContextId
            self.downloadPath = downloadPath
            self.eventsEnabled = eventsEnabled
        }
    }

    /// `Browser.downloadWillBegin`.
    public struct DownloadWillBegin: CDPEvent {
        public static let method = "Browser.downloadWillBegin"
        public let frameId: String
        public let guid: String
        public let url: String
        public let suggestedFilename: String
    }

    /// `Browser.downloadProgress`; `state` is `inProgress`, `completed` or `canceled`.
    public struct DownloadProgress: CDPEvent {
        public static let method = "Browser.downloadProgress"
        public let guid: String
        public let totalBytes: Double
        public let receivedBytes: Double
        public let state: String
        /// Where the file was saved (recent browsers, once completed).
        public let filePath: String?
    }
}
