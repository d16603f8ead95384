extension Network {
    /// `Network.requestWillBeSent`: the page is about to send a request. A redirect sends it again with the
    /// same `requestId`.
    public struct RequestWillBeSent: CDPEvent {
        public static let method = "Network.requestWillBeSent"
        public let requestId: String
        /// `Document`, `Stylesheet`, `Image`, `Script`, `XHR`, `Fetch`, `EventSource`, `WebSocket`, ...
        public let type: String?
        /// When, in seconds on the browser's monotonic clock (comparable with the other events' timestamps).
        public let timestamp: Double
    }

    /// `Network.loadingFinished`: a request's body has arrived completely.
    public struct LoadingFinished: CDPEvent {
        public static let method = "Network.loadingFinished"
        public let requestId: String
        /// When, in seconds on the browser's monotonic clock.
        public let timestamp: Double
    }

    /// `Network.loadingFailed`: a request failed or was cancelled.
    public struct LoadingFailed: CDPEvent {
        public static let method = "Network.loadingFailed"
        public let requestId: String
        /// When, in seconds on the browser's monotonic clock.
        public let timestamp: Double
        public let errorText: String?
        public let canceled: Bool?
    }
}
