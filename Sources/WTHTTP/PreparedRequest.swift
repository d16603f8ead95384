import CCurl

/// A request that passed validation, reduced to what libcurl needs.
struct PreparedRequest: Sendable {
    let method: HTTPMethod
    let url: String
    /// `Name: value` lines for CURLOPT_HTTPHEADER, in order.
    let headerLines: [String]
    let body: HTTPBody?

    /// Checks the URL and headers in Swift first, so those mistakes get precise errors rather than
    /// libcurl's generic ones.
    init(_ request: HTTPRequest) throws(HTTPError) {
        let fail = { (kind: HTTPError.Kind, detail: String) in
            HTTPError(kind, method: request.method.rawValue, url: request.url, detail: detail)
        }
        if let problem = Self.urlProblem(request.url) { throw fail(problem.0, problem.1) }
        guard Self.isToken(request.method.rawValue) else {
            let code = Int(CURLE_BAD_FUNCTION_ARGUMENT.rawValue)
            throw fail(.other(code: code, message: "'\(request.method.rawValue)' is not a valid method"), "")
        }
        var lines: [String] = []
        for (name, value) in request.headers {
            // Bytes, not Characters: "\r\n" is a single Character equal to neither "\r" nor "\n".
            guard Self.isToken(name), !value.utf8.contains(where: { $0 == 13 || $0 == 10 || $0 == 0 }) else {
                throw fail(.invalidHeader(name), "")
            }
            // libcurl sends `Name:` with no value as "remove this header"; `Name;` sends it empty.
            lines.append(value.isEmpty ? name + ";" : name + ": " + value)
        }
        let named = Set(request.headers.map { $0.0.lowercased() })
        // In POST mode libcurl sends the form type itself and, like a browser, drops it when a 301/302/303
        // turns the POST into a GET. A type we add is sent on every hop, so add it only when it differs.
        var libcurlSendsType = false
        if case .form? = request.body, request.method == .post { libcurlSendsType = true }
        if let body = request.body, !named.contains("content-type"), !libcurlSendsType {
            lines.append("Content-Type: " + body.contentType)
        }
        // libcurl would send `Expect: 100-continue` for large bodies and wait up to a second for it.
        if !named.contains("expect") { lines.append("Expect:") }
        method = request.method
        url = request.url
        headerLines = lines
        body = request.body
    }

    /// Parses with libcurl's own URL parser (the one the transfer will use) and allows only http(s).
    static func urlProblem(_ url: String) -> (HTTPError.Kind, String)? {
        _ = CurlGlobal.ready
        guard let handle = curl_url() else { return (.other(code: 27, message: "out of memory"), "") }
        defer { curl_url_cleanup(handle) }
        let parsed = curl_url_set(handle, CURLUPART_URL, url, 0)
        guard parsed == CURLUE_OK else {
            let reason = curl_url_strerror(parsed).map { String(cString: $0) } ?? "unparseable"
            return (.invalidURL, reason.prefix(1).lowercased() + reason.dropFirst())
        }
        var scheme: UnsafeMutablePointer<CChar>?
        guard curl_url_get(handle, CURLUPART_SCHEME, &scheme, 0) == CURLUE_OK, let scheme else {
            return (.invalidURL, "no scheme")
        }
        defer { curl_free(scheme) }
        let name = String(cString: scheme).lowercased()
        return name == "http" || name == "https" ? nil : (.unsupportedScheme(name), "")
    }

    /// RFC 9110 `token`: the characters allowed in header names and methods.
    static func isToken(_ text: String) -> Bool {
        !text.isEmpty
            && text.utf8.allSatisfy { byte in
                switch byte {
                case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                    UInt8(ascii: "0")...UInt8(ascii: "9"):
                    true
                default: "!#$%&'*+-.^_`|~".utf8.contains(byte)
                }
            }
    }
}
