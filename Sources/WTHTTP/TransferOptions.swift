import CCurl
import Foundation

/// Sets every libcurl option for one request on a freshly reset handle.
struct TransferOptions {
    let handle: EasyHandle
    let configuration: HTTPClientConfiguration

    /// Applies the options; returns the header list, which must outlive `curl_easy_perform`
    /// (free it with `curl_slist_free_all`), or the libcurl code of the first option that failed.
    func apply(_ request: PreparedRequest) -> Result<UnsafeMutablePointer<curl_slist>?, CurlOptionFailure> {
        var failure: CurlOptionFailure?
        func check(_ code: CURLcode, _ option: String) {
            if failure == nil, code != CURLE_OK { failure = CurlOptionFailure(code: code, option: option) }
        }
        check(ccurl_setopt_str(handle.raw, CURLOPT_URL, request.url), "URL")
        applySettings(check: check)
        applyMethod(request, check: check)
        var list: UnsafeMutablePointer<curl_slist>?
        for line in request.headerLines {
            guard let longer = curl_slist_append(list, line) else {
                curl_slist_free_all(list)
                return .failure(CurlOptionFailure(code: CURLE_OUT_OF_MEMORY, option: "HTTPHEADER"))
            }
            list = longer
        }
        check(ccurl_setopt_slist(handle.raw, CURLOPT_HTTPHEADER, list), "HTTPHEADER")
        if let failure {
            curl_slist_free_all(list)
            return .failure(failure)
        }
        return .success(list)
    }

    /// The options that come from the configuration, the same for every request.
    private func applySettings(check: (CURLcode, String) -> Void) {
        let h = handle.raw
        // Only http(s), on the first request and on every redirect.
        check(ccurl_setopt_str(h, CURLOPT_PROTOCOLS_STR, "http,https"), "PROTOCOLS_STR")
        check(ccurl_setopt_str(h, CURLOPT_REDIR_PROTOCOLS_STR, "http,https"), "REDIR_PROTOCOLS_STR")
        // libcurl must not use signals (for DNS timeouts): we run it on many threads (P8).
        check(ccurl_setopt_long(h, CURLOPT_NOSIGNAL, 1), "NOSIGNAL")
        // "" turns the cookie engine on without reading a file; the jar itself lives in the share.
        check(ccurl_setopt_str(h, CURLOPT_COOKIEFILE, ""), "COOKIEFILE")
        check(ccurl_setopt_long(h, CURLOPT_FOLLOWLOCATION, configuration.followRedirects ? 1 : 0), "FOLLOWLOCATION")
        check(ccurl_setopt_long(h, CURLOPT_MAXREDIRS, max(configuration.maximumRedirects, 0)), "MAXREDIRS")
        let connectMillis = configuration.connectTimeout.curlMilliseconds
        check(ccurl_setopt_long(h, CURLOPT_CONNECTTIMEOUT_MS, connectMillis), "CONNECTTIMEOUT_MS")
        check(ccurl_setopt_long(h, CURLOPT_TIMEOUT_MS, configuration.totalTimeout.curlMilliseconds), "TIMEOUT_MS")
        // Refuses at once when Content-Length is too big; the write callback catches the rest.
        let maximumBody = curl_off_t(configuration.maximumBodyBytes)
        check(ccurl_setopt_off(h, CURLOPT_MAXFILESIZE_LARGE, maximumBody), "MAXFILESIZE_LARGE")
        check(ccurl_setopt_str(h, CURLOPT_USERAGENT, configuration.userAgent), "USERAGENT")
        // "" disables proxies, including the ones environment variables would otherwise select.
        check(ccurl_setopt_str(h, CURLOPT_PROXY, configuration.proxy ?? ""), "PROXY")
        check(ccurl_setopt_long(h, CURLOPT_SSL_VERIFYPEER, configuration.verifyTLS ? 1 : 0), "SSL_VERIFYPEER")
        check(ccurl_setopt_long(h, CURLOPT_SSL_VERIFYHOST, configuration.verifyTLS ? 2 : 0), "SSL_VERIFYHOST")
        check(ccurl_setopt_long(h, CURLOPT_SUPPRESS_CONNECT_HEADERS, 1), "SUPPRESS_CONNECT_HEADERS")
        if configuration.acceptEncoding {
            // "" advertises every encoding this libcurl can decode; bodies then arrive decoded.
            check(ccurl_setopt_str(h, CURLOPT_ACCEPT_ENCODING, ""), "ACCEPT_ENCODING")
        }
    }

    /// GET and HEAD use libcurl's own modes and POST its POST mode, so that 301/302/303 turn a POST into
    /// a GET as browsers do. Other methods go through CUSTOMREQUEST, which libcurl keeps on redirects.
    private func applyMethod(_ request: PreparedRequest, check: (CURLcode, String) -> Void) {
        let h = handle.raw
        switch request.method {
        case .get where request.body == nil: check(ccurl_setopt_long(h, CURLOPT_HTTPGET, 1), "HTTPGET")
        case .head: check(ccurl_setopt_long(h, CURLOPT_NOBODY, 1), "NOBODY")
        case .post: check(ccurl_setopt_long(h, CURLOPT_POST, 1), "POST")
        default: check(ccurl_setopt_str(h, CURLOPT_CUSTOMREQUEST, request.method.rawValue), "CUSTOMREQUEST")
        }
        guard request.method != .head else { return }
        let body = request.body?.data ?? Data()
        guard request.body != nil || request.method == .post else { return }
        // The size first, so that COPYPOSTFIELDS copies exactly that many bytes (NULs included).
        check(ccurl_setopt_off(h, CURLOPT_POSTFIELDSIZE_LARGE, curl_off_t(body.count)), "POSTFIELDSIZE_LARGE")
        if body.isEmpty {
            check(ccurl_setopt_str(h, CURLOPT_COPYPOSTFIELDS, ""), "COPYPOSTFIELDS")
        } else {
            body.withUnsafeBytes { bytes in
                check(ccurl_setopt_cptr(h, CURLOPT_COPYPOSTFIELDS, bytes.baseAddress), "COPYPOSTFIELDS")
            }
        }
    }
}

/// An option libcurl refused, such as a proxy URL it cannot parse.
struct CurlOptionFailure: Error {
    let code: CURLcode
    let option: String
}
