extension ModelError {
    /// The message catalog: one sentence per kind, each ending with what to do next.
    enum Messages {
        static func sentence(_ kind: Kind, status: Int?, detail: String?, requestID: String?, attempts: Int) -> String {
            var text = "model call failed: " + explain(kind, status: status)
            if let detail, !detail.isEmpty { text += (fromAPI(kind) ? " — the API said: " : " — ") + detail }
            if attempts > 1 { text += " (gave up after \(attempts) attempts)" }
            if let requestID { text += " [request-id \(requestID)]" }
            return text
        }

        static func explain(_ kind: Kind, status: Int?) -> String {
            switch kind {
            case .missingAPIKey: "no API key (set ANTHROPIC_API_KEY)"
            case .invalidBaseURL: "the base URL is not an absolute http:// or https:// URL (check ANTHROPIC_BASE_URL)"
            case .authentication: "the API key was rejected (401; check ANTHROPIC_API_KEY and that the key is active)"
            case .permission: "the API key may not do this (403; check the key's workspace and model access)"
            case .notFound: "not found (404; is the model id spelled right and available to this key?)"
            case .invalidRequest:
                "the API rejected the request (\(status.map(String.init) ?? "4xx"); fix what the API names below)"
            case .rateLimited(let retryAfter):
                "rate limited (429\(retryAfter.map { ", retry after \(seconds($0))" } ?? ""); lower the request "
                    + "rate or ask for a higher limit)"
            case .overloaded: "the API is overloaded (529; try again later or use another model)"
            case .server: "the API had an internal error (\(status.map(String.init) ?? "5xx"); try again later)"
            case .transport: "no response from the API (check the network and ANTHROPIC_BASE_URL)"
            case .timeout: "the API did not answer in time (raise the request timeout or lower max_tokens)"
            case .malformedResponse(let path):
                "the reply is not a Messages API response: \(path.isEmpty ? "the body" : path) is wrong "
                    + "(is ANTHROPIC_BASE_URL pointing at the Messages API?)"
            case .cancelled: "the task was cancelled"
            }
        }

        /// Whether `detail` is the API's own `error.message` rather than our finding.
        private static func fromAPI(_ kind: Kind) -> Bool {
            switch kind {
            case .transport, .timeout, .malformedResponse, .missingAPIKey, .invalidBaseURL, .cancelled: false
            default: true
            }
        }

        /// `2 s`, `1.5 s`.
        static func seconds(_ duration: Duration) -> String {
            let (whole, atto) = duration.components
            let millis = whole * 1000 + atto / 1_000_000_000_000_000
            return millis % 1000 == 0 ? "\(millis / 1000) s" : "\(Double(millis) / 1000) s"
        }
    }
}
