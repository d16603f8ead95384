extension ModelError {
    /// The message catalog: one sentence per kind, each ending with what to do next.
    enum Messages {
        static func sentence(
            _ kind: Kind, status: Int?, detail: String?, requestID: String?, attempts: Int, settings: Settings
        ) -> String {
            var text = "model call failed: " + explain(kind, status: status, settings: settings)
            if let detail, !detail.isEmpty { text += (fromAPI(kind) ? " — the API said: " : " — ") + detail }
            if attempts > 1 { text += " (gave up after \(attempts) attempts)" }
            if let requestID { text += " [request-id \(requestID)]" }
            return text
        }

        static func explain(_ kind: Kind, status: Int?, settings: Settings) -> String {
            switch kind {
            case .missingAPIKey: "no API key (set \(settings.apiKey))"
            case .invalidBaseURL:
                "the base URL is not an absolute http:// or https:// URL (check \(settings.baseURL))"
            case .authentication:
                "the API key was rejected (401; check \(settings.apiKey) and that the key is active)"
            case .permission: "the API key may not do this (403; check the key's workspace and model access)"
            case .notFound: "not found (404; is the model id spelled right and available to this key?)"
            case .invalidRequest:
                "the API rejected the request (\(status.map(String.init) ?? "4xx"); fix what the API names below)"
            case .rateLimited(let retryAfter):
                "rate limited (429\(retryAfter.map { ", retry after \(seconds($0))" } ?? ""); lower the request "
                    + "rate or ask for a higher limit)"
            case .overloaded: "the API is overloaded (529; try again later or use another model)"
            case .server: "the API had an internal error (\(status.map(String.init) ?? "5xx"); try again later)"
            case .transport: "no response from the API (check the network and \(settings.baseURL))"
            case .timeout: "the API did not answer in time (raise the request timeout or lower max_tokens)"
            case .malformedResponse(let path):
                "the reply is not a \(settings.api) response: \(path.isEmpty ? "the body" : path) is wrong "
                    + "(is \(settings.baseURL) pointing at the \(settings.api)?)"
            case .cancelled: "the task was cancelled"
            case .transcript(let line):
                "the transcript cannot be used\(line.map { " at line \($0)" } ?? "") (check the file, record the "
                    + "conversation again, or run with a model)"
            }
        }

        /// Whether `detail` is the API's own `error.message` rather than our finding.
        private static func fromAPI(_ kind: Kind) -> Bool {
            switch kind {
            case .transport, .timeout, .malformedResponse, .missingAPIKey, .invalidBaseURL, .cancelled, .transcript:
                false
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
