/// The `Fetch` domain: requests of chosen kinds are paused on their way out and answered by the client.
public enum Fetch {
    /// Which requests to pause: a URL pattern (`*` for all) and a resource type (`Image`, `Font`, `Media`, …).
    public struct RequestPattern: Encodable, Sendable, Equatable {
        public var urlPattern: String
        public var resourceType: String?
        /// `Request`: paused before it is sent, so nothing reaches the network.
        public var requestStage: String
        public init(urlPattern: String = "*", resourceType: String?, requestStage: String = "Request") {
            self.urlPattern = urlPattern
            self.resourceType = resourceType
            self.requestStage = requestStage
        }
    }

    /// `Fetch.enable`: pause the session's requests matching `patterns` (`Fetch.requestPaused` each).
    public struct Enable: CDPCommand {
        public static let method = "Fetch.enable"
        public typealias Response = CDPEmptyResponse
        public var patterns: [RequestPattern]
        public init(patterns: [RequestPattern]) { self.patterns = patterns }
    }

    /// A paused request, waiting for `FulfillRequest`, `FailRequest` or `continueRequest`.
    public struct RequestPaused: CDPEvent {
        public static let method = "Fetch.requestPaused"
        public let requestId: String
        public let resourceType: String
    }

    /// One response header.
    public struct HeaderEntry: Encodable, Sendable, Equatable {
        public var name: String
        public var value: String
        public init(name: String, value: String) {
            self.name = name
            self.value = value
        }
    }

    /// `Fetch.fulfillRequest`: answers a paused request with this response, without the network.
    public struct FulfillRequest: CDPCommand {
        public static let method = "Fetch.fulfillRequest"
        public typealias Response = CDPEmptyResponse
        public var requestId: String
        public var responseCode: Int
        public var responseHeaders: [HeaderEntry]
        /// The body, base64.
        public var body: String
        public init(requestId: String, responseCode: Int, responseHeaders: [HeaderEntry], body: String) {
            self.requestId = requestId
            self.responseCode = responseCode
            self.responseHeaders = responseHeaders
            self.body = body
        }
    }

    /// `Fetch.failRequest`: fails a paused request as a network error (`BlockedByClient`, `Aborted`, …).
    public struct FailRequest: CDPCommand {
        public static let method = "Fetch.failRequest"
        public typealias Response = CDPEmptyResponse
        public var requestId: String
        public var errorReason: String
        public init(requestId: String, errorReason: String) {
            self.requestId = requestId
            self.errorReason = errorReason
        }
    }
}
