import Foundation
import WTDiagnostics
import WTHTTP

/// Non-200 replies and HTTP failures → `ModelError`. The API's own message is kept (it says what was wrong
/// with the request) but scrubbed of the key, in case a proxy or the API ever echoes it.
struct AnthropicErrorMapping {
    let apiKey: String

    func error(for response: HTTPResponse) -> ModelError {
        let (apiType, apiMessage) = Self.apiError(in: response.body)
        let detail = [apiType, apiMessage.map(scrub)].compactMap { $0 }.joined(separator: ": ")
        let status = response.status
        let retryAfter = Self.retryAfter(response.header("retry-after"))
        let kind: ModelError.Kind =
            switch status {
            case 401: .authentication
            case 403: .permission
            case 404: .notFound
            case 429: .rateLimited(retryAfter: retryAfter)
            case 529: .overloaded
            case 500...599: .server
            default: .invalidRequest
            }
        return ModelError(
            kind, status: status, detail: detail.isEmpty ? nil : detail, requestID: response.header("request-id"),
            retryAfter: retryAfter)
    }

    func error(for failure: HTTPError) -> ModelError {
        switch failure.kind {
        case .cancelled: ModelError(.cancelled)
        case .timedOut(.waitingForResponse), .timedOut(.receivingBody):
            ModelError(.timeout, detail: scrub(failure.message))
        case .invalidURL, .unsupportedScheme: ModelError(.invalidBaseURL, detail: scrub(failure.message))
        default: ModelError(.transport, detail: scrub(failure.message))
        }
    }

    /// `text` with every occurrence of the key replaced.
    func scrub(_ text: String) -> String {
        apiKey.isEmpty ? text : text.replacingOccurrences(of: apiKey, with: "[redacted]")
    }

    /// `error.type` and `error.message` of `{"type": "error", "error": {…}}`, when the body has that shape
    /// (OpenAI-compatible servers send the same object; Ollama sends `{"error": "text"}`, read as the message).
    static func apiError(in body: Data) -> (type: String?, message: String?) {
        guard let root = try? PositionedJSON.parse([UInt8](body)), let error = root["error"] else { return (nil, nil) }
        if let text = error.stringValue { return (nil, text) }
        return (error["type"]?.stringValue, error["message"]?.stringValue)
    }

    /// `retry-after` in seconds (integer or decimal); the HTTP-date form is not used by the API and is ignored.
    static func retryAfter(_ value: String?) -> Duration? {
        guard let value, let seconds = Double(value.trimmingCharacters(in: .whitespaces)), seconds.isFinite,
            seconds >= 0
        else { return nil }
        // Clamped before converting: a huge value would overflow Int64; the policy caps it far lower anyway.
        return .milliseconds(Int64((min(seconds, 86_400) * 1000).rounded(.up)))
    }
}
