import Foundation

/// `WTC_DEBUG=http` (or a comma-separated list containing `http`) logs one line per request to stderr:
/// the request line, then the status, time to first byte and total, redirects and body size, or the error.
enum HTTPDebugLog {
    static let enabled: Bool = {
        let value = ProcessInfo.processInfo.environment["WTC_DEBUG"] ?? ""
        return value.split(separator: ",").contains { $0.trimmingCharacters(in: .whitespaces) == "http" }
    }()

    static func record(_ request: PreparedRequest, _ result: Result<HTTPResponse, HTTPError>) {
        guard enabled else { return }
        write(line(request, result))
    }

    static func line(_ request: PreparedRequest, _ result: Result<HTTPResponse, HTTPError>) -> String {
        switch result {
        case .success(let response):
            let timing = response.timing
            var parts = [
                "\(response.status)", "first byte \(milliseconds(timing.firstByte))",
                "total \(milliseconds(timing.total))", "\(response.body.count) bytes",
            ]
            if response.redirectCount > 0 {
                let noun = response.redirectCount == 1 ? "redirect" : "redirects"
                parts.append("\(response.redirectCount) \(noun) → \(response.finalURL)")
            }
            return "[http] \(request.method) \(request.url) → " + parts.joined(separator: ", ")
        case .failure(let error):
            return "[http] " + error.message
        }
    }

    private static func milliseconds(_ duration: Duration) -> String {
        let (seconds, attoseconds) = duration.components
        let millis = Double(seconds) * 1000 + Double(attoseconds) / 1e15
        return String(format: "%.1f ms", millis)
    }

    // FileHandle rather than the C `stderr` global, which Swift 6 rejects as shared mutable state (P3).
    private static func write(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }
}
