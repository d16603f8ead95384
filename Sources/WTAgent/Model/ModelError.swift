/// Why a model call failed, with a sentence that says what happened and what to do next.
///
/// The API key never appears here: messages are built from the catalog, and text the API sent back is
/// scrubbed of the key before it is kept (see `AnthropicClient`).
public struct ModelError: Error, Sendable, CustomStringConvertible {
    /// The failure, for code that reacts to it (the agent's budget, the service's error codes).
    public enum Kind: Sendable, Equatable {
        /// No API key was configured.
        case missingAPIKey
        /// The base URL is not an absolute http(s) URL.
        case invalidBaseURL
        /// 401: the key was rejected.
        case authentication
        /// 403: the key may not use this model or feature.
        case permission
        /// 404: usually an unknown model id.
        case notFound
        /// 400 and other 4xx: the request itself is wrong; `status` and the API's message say how.
        case invalidRequest
        /// 429: too many requests or tokens; `retryAfter` is what the API asked for, if it did.
        case rateLimited(retryAfter: Duration?)
        /// 529: the API is overloaded for everyone.
        case overloaded
        /// 500–599 other than 529.
        case server
        /// No response: connection refused, DNS, TLS, … (`detail` is the HTTP layer's sentence).
        case transport
        /// The API accepted the request but did not answer within the request timeout.
        case timeout
        /// The reply was not the JSON the Messages API documents; `path` names the bad value
        /// (`content[1].input`).
        case malformedResponse(path: String)
        /// The calling task was cancelled.
        case cancelled
        /// A transcript could not be used: it is malformed at `line` (1-based), ran out before the
        /// conversation did (`line` is one past its last), does not match the request, or could not be
        /// read or written (`line` nil); `detail` says which.
        case transcript(line: Int?)
    }

    /// The settings a message tells the user to check, which depend on the backend that failed.
    struct Settings: Sendable, Hashable {
        var apiKey: String
        var baseURL: String
        var api: String

        static let anthropic = Settings(apiKey: "ANTHROPIC_API_KEY", baseURL: "ANTHROPIC_BASE_URL", api: "Messages API")
        static let openAI = Settings(
            apiKey: "WTC_OPENAI_API_KEY", baseURL: "WTC_OPENAI_BASE_URL", api: "OpenAI-compatible chat completions API")
    }

    /// What failed.
    public let kind: Kind
    /// The HTTP status, when there was a response.
    public let status: Int?
    /// The API's own words (`error.message`), or the HTTP layer's sentence for `transport`.
    public let detail: String?
    /// The API's `request-id`, to quote to Anthropic support.
    public let requestID: String?
    /// How long the API asked us to wait (`retry-after`), whatever the status.
    public let retryAfter: Duration?
    /// How many requests were sent before giving up.
    public let attempts: Int
    /// The full sentence, also returned by `description`.
    public let message: String
    let settings: Settings

    init(
        _ kind: Kind, status: Int? = nil, detail: String? = nil, requestID: String? = nil,
        retryAfter: Duration? = nil, attempts: Int = 1, settings: Settings = .anthropic
    ) {
        self.kind = kind
        self.retryAfter = retryAfter
        self.status = status
        self.detail = detail
        self.requestID = requestID
        self.attempts = attempts
        self.settings = settings
        self.message = Messages.sentence(
            kind, status: status, detail: detail, requestID: requestID, attempts: attempts, settings: settings)
    }

    /// The same failure after `attempts` requests.
    func after(attempts: Int) -> ModelError {
        ModelError(
            kind, status: status, detail: detail, requestID: requestID, retryAfter: retryAfter, attempts: attempts,
            settings: settings)
    }

    /// The same failure, its message naming the settings of another backend.
    func with(_ settings: Settings) -> ModelError {
        ModelError(
            kind, status: status, detail: detail, requestID: requestID, retryAfter: retryAfter, attempts: attempts,
            settings: settings)
    }

    /// Whether another attempt could succeed: rate limits, overload, server errors and lost connections.
    var isRetryable: Bool {
        switch kind {
        case .rateLimited, .overloaded, .server, .transport: true
        default: false
        }
    }

    public var description: String { message }
}
