import Testing
import WTAgent
import WTTestSupport
import WTTrace

/// Shared pieces of the model client tests.
enum Fixtures {
    /// A key that looks real enough to be recognised if it leaked into a message.
    static let apiKey = "sk-ant-test-3f9a1c7e-secret"
    static let model = "claude-test-1"

    static func client(
        _ server: FakeModelServer, retry: RetryPolicy = RetryPolicy(), clock: ManualRetryClock = ManualRetryClock()
    ) -> AnthropicClient {
        AnthropicClient(
            configuration: AnthropicConfiguration(baseURL: server.baseURL, apiKey: apiKey, retry: retry), clock: clock)
    }

    static func request(_ text: String = "Hello", tools: [ModelTool] = []) -> ModelRequest {
        ModelRequest(model: model, maxTokens: 256, messages: [.user(text)], tools: tools)
    }

    /// A tool with a small schema: `click(selector: string)`.
    static let clickTool = ModelTool(
        name: "click", description: "Click the element matched by a CSS selector.",
        inputSchema: .object([
            .init("type", .string("object")),
            .init("properties", .object([.init("selector", .object([.init("type", .string("string"))]))])),
            .init("required", .array([.string("selector")])),
        ]))

    /// Runs `body` and returns the `ModelError` it throws; nil (and a test issue) if it returns normally.
    static func failure(_ body: () async throws(ModelError) -> ModelResponse) async -> ModelError? {
        do {
            let response = try await body()
            Issue.record("expected a ModelError, got a reply: \(response)")
            return nil
        } catch {
            return error
        }
    }
}
