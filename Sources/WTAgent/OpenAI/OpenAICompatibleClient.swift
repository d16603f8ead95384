import Foundation
import WTHTTP

/// `ModelClient` over an OpenAI-compatible `POST /v1/chat/completions` (no streaming), so a self-hosted
/// model can drive the agent through the same port as Claude.
///
/// Tools are offered as functions and tool calls come back as `ModelContentBlock.toolUse`; tool results go
/// out as `role: tool` messages. Failures map to the same `ModelError` kinds, retried by the same policy
/// as `AnthropicClient`, with messages naming the `WTC_OPENAI_*` settings.
///
/// ```swift
/// let client = try OpenAICompatibleClient(environment: ProcessInfo.processInfo.environment)
/// ```
public final class OpenAICompatibleClient: ModelClient {
    public let configuration: OpenAICompatibleConfiguration
    private let http: HTTPClient
    private let clock: any RetryClock
    private let errors: AnthropicErrorMapping

    /// A client; `clock` is replaced in tests so retries do not really wait.
    public init(configuration: OpenAICompatibleConfiguration, clock: any RetryClock = SystemRetryClock()) {
        self.configuration = configuration
        self.http = HTTPClient(configuration: configuration.http)
        self.clock = clock
        // The error body (`{"error": {"type", "message"}}`), the statuses and `retry-after` mean the same here.
        self.errors = AnthropicErrorMapping(apiKey: configuration.apiKey ?? "")
    }

    /// A client configured from `WTC_OPENAI_BASE_URL`, `WTC_OPENAI_API_KEY` and `WTC_OPENAI_MODEL`.
    public convenience init(environment: [String: String], clock: any RetryClock = SystemRetryClock())
        throws(ModelError)
    {
        self.init(configuration: try OpenAICompatibleConfiguration(environment: environment), clock: clock)
    }

    public var backend: ModelBackend { .openAICompatible }

    public func send(_ request: ModelRequest) async throws(ModelError) -> ModelResponse {
        try await RetryLoop.run(policy: configuration.retry, clock: clock) { () async throws(ModelError) in
            do throws(ModelError) { return try await sendOnce(request) } catch { throw error.with(.openAI) }
        }
    }

    private func sendOnce(_ request: ModelRequest) async throws(ModelError) -> ModelResponse {
        let body = OpenAIRequestEncoder.body(request, model: configuration.model ?? request.model)
        var headers = [("content-type", "application/json"), ("accept", "application/json")]
        if let key = configuration.apiKey { headers.append(("authorization", "Bearer \(key)")) }
        let response: HTTPResponse
        do {
            response = try await http.send(
                .post(configuration.completionsURL, body: .json(Data(body.jsonText.utf8)), headers: headers))
        } catch {
            throw errors.error(for: error)
        }
        guard response.status == 200 else { throw errors.error(for: response) }
        return try OpenAIResponseDecoder.response([UInt8](response.body))
    }
}
