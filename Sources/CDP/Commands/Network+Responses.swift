extension Network {
    /// `Network.getResponseBody`: the body of a finished response as the network delivered it (after
    /// content decoding), as text or base64 (`base64Encoded`).
    public struct GetResponseBody: CDPCommand {
        public static let method = "Network.getResponseBody"
        public struct Response: Decodable, Sendable {
            public let body: String
            public let base64Encoded: Bool
        }
        public var requestId: String
        public init(requestId: String) { self.requestId = requestId }
    }

    /// The part of an HTTP response this layer reads.
    public struct ResponseInfo: Decodable, Sendable, Equatable {
        public let url: String
        public let status: Int
        public let mimeType: String?
    }

    /// `Network.responseReceived`: the response headers of a request have arrived (the body may not yet).
    public struct ResponseReceived: CDPEvent {
        public static let method = "Network.responseReceived"
        public let requestId: String
        /// The document loader the request belongs to; a navigation's document has its frame's new one.
        public let loaderId: String
        /// `Document`, `Stylesheet`, `Script`, `XHR`, `Fetch`, ...
        public let type: String?
        public let frameId: String?
        public let response: ResponseInfo
    }
}
