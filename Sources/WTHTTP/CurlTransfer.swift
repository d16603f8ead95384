import CCurl
import Foundation

/// Runs one request to completion on the calling thread, which must not be a Swift concurrency thread:
/// `curl_easy_perform` blocks for as long as the transfer takes (P7).
struct CurlTransfer {
    let pool: EasyHandlePool
    let configuration: HTTPClientConfiguration

    func run(_ request: PreparedRequest, cancellation: CancellationFlag) -> Result<HTTPResponse, HTTPError> {
        let method = request.method.rawValue
        if let problem = CurlGlobal.ready {
            let kind = HTTPError.Kind.other(code: Int(CURLE_FAILED_INIT.rawValue), message: problem)
            return .failure(HTTPError(kind, method: method, url: request.url))
        }
        let sink = TransferSink(limit: max(configuration.maximumBodyBytes, 0), cancellation: cancellation)
        guard let handle = pool.checkOut() else {
            let kind = HTTPError.Kind.other(code: Int(CURLE_OUT_OF_MEMORY.rawValue), message: "no curl handle")
            return .failure(HTTPError(kind, method: method, url: request.url))
        }
        // The handle points at the sink's buffers until checkIn resets it, so the sink must outlive that.
        defer { withExtendedLifetime(sink) { pool.checkIn(handle) } }
        guard TransferCallbacks.install(on: handle, sink: sink) else {
            let kind = HTTPError.Kind.other(code: Int(CURLE_FAILED_INIT.rawValue), message: "callbacks refused")
            return .failure(HTTPError(kind, method: method, url: request.url))
        }
        let headerList: UnsafeMutablePointer<curl_slist>?
        switch TransferOptions(handle: handle, configuration: configuration).apply(request) {
        case .success(let list): headerList = list
        case .failure(let failure):
            let message = "libcurl refused the option \(failure.option): " + CurlGlobal.describe(failure.code)
            let kind = HTTPError.Kind.other(code: Int(failure.code.rawValue), message: message)
            return .failure(HTTPError(kind, method: method, url: request.url))
        }
        defer { curl_slist_free_all(headerList) }
        let code = curl_easy_perform(handle.raw)
        let info = TransferInfo(handle)
        guard code == CURLE_OK else {
            let failure = TransferFailure(code: code, sink: sink, info: info)
            return .failure(HTTPError(failure, request: request, configuration: configuration))
        }
        return .success(
            HTTPResponse(
                status: info.status, finalURL: info.effectiveURL ?? request.url, headers: sink.headers,
                body: sink.body, redirectCount: info.redirectCount, timing: info.timing))
    }
}

/// The CURLINFO values read after a transfer, successful or not.
struct TransferInfo {
    var status = 0
    var effectiveURL: String?
    var redirectCount = 0
    var osErrno = 0
    var timing = HTTPResponse.Timing(total: .zero, connect: .zero, firstByte: .zero)
    /// Whether a request was sent on some connection (connected, or reused a kept-alive one).
    var connected = false

    init(_ handle: EasyHandle) {
        let h = handle.raw
        status = Self.long(h, CURLINFO_RESPONSE_CODE)
        redirectCount = Self.long(h, CURLINFO_REDIRECT_COUNT)
        osErrno = Self.long(h, CURLINFO_OS_ERRNO)
        var url: UnsafeMutablePointer<CChar>?
        if ccurl_getinfo_str(h, CURLINFO_EFFECTIVE_URL, &url) == CURLE_OK, let url {
            effectiveURL = String(cString: url)
        }
        let connect = Self.micros(h, CURLINFO_CONNECT_TIME_T)
        let preTransfer = Self.micros(h, CURLINFO_PRETRANSFER_TIME_T)
        timing = HTTPResponse.Timing(
            total: .microseconds(Self.micros(h, CURLINFO_TOTAL_TIME_T)), connect: .microseconds(connect),
            firstByte: .microseconds(Self.micros(h, CURLINFO_STARTTRANSFER_TIME_T)))
        connected = connect > 0 || preTransfer > 0
    }

    private static func long(_ handle: UnsafeMutableRawPointer, _ info: CURLINFO) -> Int {
        var value = 0
        return ccurl_getinfo_long(handle, info, &value) == CURLE_OK ? value : 0
    }

    private static func micros(_ handle: UnsafeMutableRawPointer, _ info: CURLINFO) -> Int64 {
        var value: curl_off_t = 0
        return ccurl_getinfo_off(handle, info, &value) == CURLE_OK ? Int64(value) : 0
    }
}
