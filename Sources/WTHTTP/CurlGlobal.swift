import CCurl
import Foundation

/// Process-wide libcurl state.
///
/// `curl_global_init` is not thread-safe and must run before any other libcurl call (PLATFORM-NOTES P8).
/// A Swift global `let` is initialised exactly once, atomically, so every entry point touches
/// `CurlGlobal.ready` first.
enum CurlGlobal {
    /// The result of `curl_global_init`; `nil` on success, otherwise a description for the first request.
    static let ready: String? = {
        let code = curl_global_init(Int(CURL_GLOBAL_ALL))
        return code == CURLE_OK ? nil : "libcurl failed to initialise: " + CurlGlobal.describe(code)
    }()

    /// `libcurl/7.88.1`: the first word of `curl_version()`.
    static let libraryVersion: String = {
        _ = ready
        guard let text = curl_version() else { return "libcurl" }
        return String(cString: text).split(separator: " ").first.map(String.init) ?? "libcurl"
    }()

    /// libcurl's own sentence for a result code.
    static func describe(_ code: CURLcode) -> String {
        guard let text = curl_easy_strerror(code) else { return "curl error \(code.rawValue)" }
        return String(cString: text)
    }
}
