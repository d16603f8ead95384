import CCurl
import Foundation

/// What is known about a transfer that libcurl ended with an error.
struct TransferFailure {
    var code: CURLcode
    /// libcurl's detailed message (CURLOPT_ERRORBUFFER), or its generic one for the code.
    var text: String
    var osErrno: Int
    var exceededBodyLimit: Bool
    var cancelled: Bool
    var connected: Bool
    var receivedResponse: Bool
    var bodyBytes: Int

    /// The facts one by one (tests use this to check the classification of rare failures).
    init(
        code: CURLcode, text: String, osErrno: Int = 0, exceededBodyLimit: Bool = false, cancelled: Bool = false,
        connected: Bool = false, receivedResponse: Bool = false, bodyBytes: Int = 0
    ) {
        self.code = code
        self.text = text
        self.osErrno = osErrno
        self.exceededBodyLimit = exceededBodyLimit
        self.cancelled = cancelled
        self.connected = connected
        self.receivedResponse = receivedResponse
        self.bodyBytes = bodyBytes
    }

    init(code: CURLcode, sink: TransferSink, info: TransferInfo) {
        self.code = code
        let detailed = sink.errorText
        text = detailed.isEmpty ? CurlGlobal.describe(code) : detailed
        osErrno = info.osErrno
        exceededBodyLimit = sink.exceededLimit
        cancelled = sink.cancellation.isCancelled
        connected = info.connected
        // A status code or a header line means the response had started.
        receivedResponse = info.status > 0 || !sink.headers.isEmpty
        bodyBytes = sink.body.count
    }
}

extension HTTPError {
    /// Chooses the kind for a libcurl failure and the detail its message shows.
    init(_ failure: TransferFailure, request: PreparedRequest, configuration: HTTPClientConfiguration) {
        let (kind, detail) = Self.classify(failure, configuration: configuration)
        self.init(kind, method: request.method.rawValue, url: request.url, detail: detail)
    }

    static func classify(_ failure: TransferFailure, configuration: HTTPClientConfiguration) -> (Kind, String) {
        switch failure.code {
        case _ where failure.cancelled: return (.cancelled, "")
        case _ where failure.exceededBodyLimit, CURLE_FILESIZE_EXCEEDED:
            return (.bodyTooLarge(limit: configuration.maximumBodyBytes), "")
        case CURLE_COULDNT_CONNECT where failure.osErrno == Int(ECONNREFUSED): return (.connectionRefused, "")
        case CURLE_COULDNT_CONNECT: return (.couldNotConnect, failure.text)
        case CURLE_COULDNT_RESOLVE_HOST:
            // libcurl says "Could not resolve host: example.invalid"; the name is what the reader needs.
            let host = failure.text.components(separatedBy: "host: ").last ?? ""
            return (.couldNotResolve, host.isEmpty || host == failure.text ? "" : "the host '\(host)'")
        case CURLE_COULDNT_RESOLVE_PROXY: return (.couldNotResolve, "the proxy: " + failure.text)
        case CURLE_OPERATION_TIMEDOUT: return timeout(failure, configuration: configuration)
        case CURLE_TOO_MANY_REDIRECTS: return (.tooManyRedirects(limit: configuration.maximumRedirects), "")
        case CURLE_URL_MALFORMAT: return (.invalidURL, failure.text)
        case CURLE_UNSUPPORTED_PROTOCOL: return (.unsupportedScheme(quotedScheme(in: failure.text)), "")
        case CURLE_SSL_CONNECT_ERROR, CURLE_PEER_FAILED_VERIFICATION, CURLE_SSL_CERTPROBLEM, CURLE_SSL_CIPHER,
            CURLE_SSL_CACERT_BADFILE, CURLE_SSL_ISSUER_ERROR, CURLE_SSL_PINNEDPUBKEYNOTMATCH,
            CURLE_SSL_INVALIDCERTSTATUS, CURLE_SSL_CRL_BADFILE, CURLE_SSL_SHUTDOWN_FAILED, CURLE_SSL_CLIENTCERT:
            return (.tls(failure.text), "")
        default: return (.other(code: Int(failure.code.rawValue), message: failure.text), "")
        }
    }

    /// libcurl reports every timeout as CURLE_OPERATION_TIMEDOUT; how far the transfer got tells the phases
    /// apart.
    private static func timeout(_ failure: TransferFailure, configuration: HTTPClientConfiguration) -> (Kind, String) {
        let total = Messages.duration(configuration.totalTimeout)
        if !failure.connected {
            let limit = min(configuration.connectTimeout, configuration.totalTimeout)
            return (.timedOut(.connect), "within \(Messages.duration(limit))")
        }
        if !failure.receivedResponse { return (.timedOut(.waitingForResponse), "within \(total)") }
        let received = failure.bodyBytes == 1 ? "1 byte" : "\(failure.bodyBytes) bytes"
        return (.timedOut(.receivingBody), "within \(total), \(received) received")
    }

    /// `Protocol "ftp" not supported or disabled in libcurl` → `ftp`.
    private static func quotedScheme(in text: String) -> String {
        let parts = text.split(separator: "\"", omittingEmptySubsequences: false)
        return parts.count >= 3 ? parts[1].lowercased() : "unknown"
    }
}
