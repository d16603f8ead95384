import CCurl
import Foundation

/// An HTTP client built on libcurl, with one cookie jar for its lifetime (one client per run).
///
/// `send` may be called from many tasks at once: each request runs `curl_easy_perform` on its own thread,
/// outside Swift's cooperative pool, so slow servers never starve other tasks and concurrent requests
/// really overlap. Cookies set by one request are sent by the next, whichever thread runs it; two clients
/// never share cookies. Kept-alive connections are reused through a small pool of curl handles.
///
/// ```swift
/// let client = HTTPClient()
/// let page = try await client.send(.get("https://quotes.toscrape.com/"))
/// print(page.status, page.charset ?? "?", page.text.count)
/// ```
public final class HTTPClient: Sendable {
    private typealias Outcome = Result<HTTPResponse, HTTPError>

    /// The settings every request uses.
    public let configuration: HTTPClientConfiguration
    private let pool: EasyHandlePool?

    /// A client with its own empty cookie jar.
    public init(configuration: HTTPClientConfiguration = HTTPClientConfiguration()) {
        self.configuration = configuration
        // Only fails if libcurl cannot allocate; `send` then reports it per request instead of crashing.
        pool = CurlShare().map(EasyHandlePool.init(share:))
    }

    /// Sends `request`, following redirects, and returns the final response whatever its status.
    ///
    /// A 404 or 500 is a response, not an error; errors are failures to get a response at all. Cancelling
    /// the calling task aborts the transfer within about a second and throws `cancelled`.
    public func send(_ request: HTTPRequest) async throws(HTTPError) -> HTTPResponse {
        let prepared = try PreparedRequest(request)
        guard !Task.isCancelled else { throw HTTPError(.cancelled, method: request.method.rawValue, url: request.url) }
        guard let pool else {
            let kind = HTTPError.Kind.other(code: Int(CURLE_FAILED_INIT.rawValue), message: "no curl share handle")
            throw HTTPError(kind, method: request.method.rawValue, url: request.url)
        }
        let transfer = CurlTransfer(pool: pool, configuration: configuration)
        let cancellation = CancellationFlag()
        let result = await withTaskCancellationHandler {
            await withCheckedContinuation { (continuation: CheckedContinuation<Outcome, Never>) in
                // A thread of our own per transfer (P7): GCD's global queues have about as few threads as
                // there are cores and would serialise blocked transfers.
                let thread = Thread {
                    let result = transfer.run(prepared, cancellation: cancellation)
                    HTTPDebugLog.record(prepared, result)
                    continuation.resume(returning: result)
                }
                thread.name = "wtc-http"
                thread.start()
            }
        } onCancel: {
            cancellation.cancel()
        }
        return try result.get()
    }

    /// Every cookie in this client's jar, for tests and debugging.
    public var cookies: [Cookie] {
        pool?.withHandle { handle in
            var list: UnsafeMutablePointer<curl_slist>?
            guard ccurl_getinfo_slist(handle.raw, CURLINFO_COOKIELIST, &list) == CURLE_OK else { return [] }
            defer { curl_slist_free_all(list) }
            var cookies: [Cookie] = []
            var node = list
            while let current = node {
                if let line = current.pointee.data, let cookie = Cookie(netscapeLine: String(cString: line)) {
                    cookies.append(cookie)
                }
                node = current.pointee.next
            }
            return cookies
        } ?? []
    }
}
