import Foundation
import WTHTTP

/// Where and how `AnthropicClient` reaches the Messages API.
public struct AnthropicConfiguration: Sendable {
    /// `https://api.anthropic.com` unless a proxy or a test server stands in.
    public var baseURL: String
    /// Sent as `x-api-key`; never printed (see `description`).
    public var apiKey: String
    /// The `anthropic-version` header.
    public var version: String
    /// How long one request may take; a long reply at a high `max_tokens` can take minutes.
    public var requestTimeout: Duration
    public var connectTimeout: Duration
    public var retry: RetryPolicy

    public static let defaultBaseURL = "https://api.anthropic.com"
    public static let defaultVersion = "2023-06-01"

    /// A configuration with an explicit URL and key.
    public init(
        baseURL: String = AnthropicConfiguration.defaultBaseURL, apiKey: String,
        version: String = AnthropicConfiguration.defaultVersion, requestTimeout: Duration = .seconds(300),
        connectTimeout: Duration = .seconds(10), retry: RetryPolicy = RetryPolicy()
    ) {
        self.baseURL = baseURL
        self.apiKey = apiKey
        self.version = version
        self.requestTimeout = requestTimeout
        self.connectTimeout = connectTimeout
        self.retry = retry
    }

    /// Reads `ANTHROPIC_API_KEY` (required) and `ANTHROPIC_BASE_URL` (optional) from `environment`, which
    /// the caller passes in (usually `ProcessInfo.processInfo.environment`) so tests control it.
    public init(environment: [String: String], retry: RetryPolicy = RetryPolicy()) throws(ModelError) {
        guard let key = environment["ANTHROPIC_API_KEY"]?.trimmingCharacters(in: .whitespacesAndNewlines),
            !key.isEmpty
        else { throw ModelError(.missingAPIKey) }
        let base = environment["ANTHROPIC_BASE_URL"].flatMap { $0.isEmpty ? nil : $0 }
        self.init(baseURL: base ?? Self.defaultBaseURL, apiKey: key, retry: retry)
    }

    /// `{baseURL}/v1/messages`, whether or not the base URL ends with a slash.
    var messagesURL: String {
        (baseURL.hasSuffix("/") ? String(baseURL.dropLast()) : baseURL) + "/v1/messages"
    }

    var http: HTTPClientConfiguration {
        HTTPClientConfiguration(
            connectTimeout: connectTimeout, totalTimeout: requestTimeout, maximumBodyBytes: 64 << 20,
            followRedirects: false)
    }
}

extension AnthropicConfiguration: CustomStringConvertible {
    /// The configuration without its key, safe to log.
    public var description: String {
        "AnthropicConfiguration(baseURL: \(baseURL), version: \(version), apiKey: [redacted])"
    }
}
