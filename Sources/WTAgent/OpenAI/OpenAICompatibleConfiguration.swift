import Foundation
import WTHTTP

/// Where an OpenAI-compatible chat completions server is and how to talk to it: OpenAI itself, or a
/// self-hosted model behind llama.cpp's server, vLLM or Ollama.
public struct OpenAICompatibleConfiguration: Sendable {
    /// The server's root, e.g. `http://127.0.0.1:8080`; requests go to `{baseURL}/v1/chat/completions`
    /// (a base that already ends in `/v1`, as Ollama's docs write it, is not given a second one).
    public var baseURL: String
    /// Sent as `Authorization: Bearer …` when present; local servers usually need none. Never printed.
    public var apiKey: String?
    /// The model the server is asked for whatever the request names (the agent names Anthropic ids or
    /// aliases, which a local server does not know); nil sends the request's model.
    public var model: String?
    public var requestTimeout: Duration
    public var connectTimeout: Duration
    public var retry: RetryPolicy

    /// A configuration from its parts.
    public init(
        baseURL: String, apiKey: String? = nil, model: String? = nil, requestTimeout: Duration = .seconds(300),
        connectTimeout: Duration = .seconds(10), retry: RetryPolicy = RetryPolicy()
    ) {
        self.baseURL = baseURL
        self.apiKey = apiKey
        self.model = model
        self.requestTimeout = requestTimeout
        self.connectTimeout = connectTimeout
        self.retry = retry
    }

    /// Reads `WTC_OPENAI_BASE_URL` (required), `WTC_OPENAI_API_KEY` and `WTC_OPENAI_MODEL` (optional) from
    /// `environment`.
    public init(environment: [String: String], retry: RetryPolicy = RetryPolicy()) throws(ModelError) {
        func value(_ name: String) -> String? {
            environment[name].map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.flatMap {
                $0.isEmpty ? nil : $0
            }
        }
        guard let base = value("WTC_OPENAI_BASE_URL") else {
            throw ModelError(.invalidBaseURL, detail: "WTC_OPENAI_BASE_URL is not set", settings: .openAI)
        }
        self.init(
            baseURL: base, apiKey: value("WTC_OPENAI_API_KEY"), model: value("WTC_OPENAI_MODEL"), retry: retry)
    }

    /// `{baseURL}/v1/chat/completions`.
    var completionsURL: String {
        var base = baseURL
        while base.hasSuffix("/") { base.removeLast() }
        return base + (base.hasSuffix("/v1") ? "" : "/v1") + "/chat/completions"
    }

    var http: HTTPClientConfiguration {
        HTTPClientConfiguration(
            connectTimeout: connectTimeout, totalTimeout: requestTimeout, maximumBodyBytes: 64 << 20,
            followRedirects: false)
    }
}

extension OpenAICompatibleConfiguration: CustomStringConvertible {
    /// The configuration without its key, safe to log.
    public var description: String {
        "OpenAICompatibleConfiguration(baseURL: \(baseURL), model: \(model ?? "as requested"), "
            + "apiKey: \(apiKey == nil ? "none" : "[redacted]"))"
    }
}
