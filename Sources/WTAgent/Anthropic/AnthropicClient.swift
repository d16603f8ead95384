import Foundation
import WTHTTP

/// `ModelClient` over the Anthropic Messages API (`POST /v1/messages`, no streaming), with retries.
///
/// Rate limits (429), overload (529), other 5xx and lost connections are retried per `RetryPolicy`,
/// honouring `retry-after`; 400, 401, 403 and 404 never are, since the same request would fail the same
/// way. The key goes only into the `x-api-key` header: errors are built from a catalog and any text from
/// the API is scrubbed of it.
///
/// ```swift
/// let client = try AnthropicClient(environment: ProcessInfo.processInfo.environment)
/// let reply = try await client.send(ModelRequest(model: "claude-sonnet-4-5", maxTokens: 1024,
///                                                messages: [.user("Hello")]))
/// ```
public final class AnthropicClient: ModelClient {
    public let configuration: AnthropicConfiguration
    private let http: HTTPClient
    private let clock: any RetryClock
    private let errors: AnthropicErrorMapping

    /// A client; `clock` is replaced in tests so retries do not really wait.
    public init(configuration: AnthropicConfiguration, clock: any RetryClock = SystemRetryClock()) {
        self.configuration = configuration
        self.http = HTTPClient(configuration: configuration.http)
        self.clock = clock
        self.errors = AnthropicErrorMapping(apiKey: configuration.apiKey)
    }

    /// A client configured from `ANTHROPIC_API_KEY` and `ANTHROPIC_BASE_URL` in `environment`.
    public convenience init(environment: [String: String], clock: any RetryClock = SystemRetryClock())
        throws(ModelError)
    {
        self.init(configuration: try AnthropicConfiguration(environment: environment), clock: clock)
    }

    public var backend: ModelBackend { .anthropic }

    public func send(_ request: ModelRequest) async throws(ModelError) -> ModelResponse {
        try await RetryLoop.run(policy: configuration.retry, clock: clock) { () async throws(ModelError) in
            try await sendOnce(request)
        }
    }

    private func sendOnce(_ request: ModelRequest) async throws(ModelError) -> ModelResponse {
        let body = Data(AnthropicRequestEncoder.body(request).jsonText.utf8)
        let headers = [
            ("x-api-key", configuration.apiKey), ("anthropic-version", configuration.version),
            ("content-type", "application/json"), ("accept", "application/json"),
        ]
        let response: HTTPResponse
        do {
            response = try await http.send(.post(configuration.messagesURL, body: .json(body), headers: headers))
        } catch {
            throw errors.error(for: error)
        }
        guard response.status == 200 else { throw errors.error(for: response) }
        return try AnthropicResponseDecoder.response([UInt8](response.body))
    }
}
