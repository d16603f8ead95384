import Foundation

/// What `/echo` answers: the request as the server saw it.
public struct LoopbackEcho: Codable, Sendable {
    /// The method.
    public var method: String
    /// The request target (path and query).
    public var target: String
    /// The headers in order, each `[name, value]`.
    public var headers: [[String]]
    /// The body as UTF-8 (invalid bytes replaced).
    public var body: String
    /// The exact body bytes, base64.
    public var bodyBase64: String

    /// The first value of the header `name`, compared case-insensitively.
    public func header(_ name: String) -> String? {
        headers.first { $0.first?.caseInsensitiveCompare(name) == .orderedSame }.flatMap { $0.last }
    }
}

extension LoopbackRoute {
    /// Routes for client tests, all answering any method unless noted:
    ///
    /// - `/echo`: the request as JSON (`LoopbackEcho`).
    /// - `/redirect?n=K&status=302`: redirects K times (relative `Location`), then answers `done`.
    /// - `/redirect-to?url=U&status=S`: one redirect to U with status S.
    /// - `/loop`: redirects to itself forever.
    /// - `/cookies/set?a=1&b=2`: one `Set-Cookie` per pair (`Path=/`); `/cookies`: the `Cookie` header.
    /// - `/gzip?lines=N`, `/deflate?lines=N`: N numbered lines, compressed when the client accepts it.
    /// - `/slow?ms=M`: waits M ms before answering; `/trickle?chunks=N&ms=M`: N bytes, one every M ms.
    /// - `/huge?mb=M&length=none`: M MiB streamed; without `Content-Length` if asked.
    /// - `/charset?charset=C`: `café` encoded in C (utf-8 or iso-8859-1) with that charset declared.
    /// - `/binary?size=N`: N bytes cycling through 0...255; `/status?code=C`: that status.
    /// - `/response-headers?Name=value…`: those response headers, in order.
    /// - `/barrier?name=B&parties=N`: 200 once N requests wait at B together, 504 after 60 s.
    public static let testRoutes: [LoopbackRoute] = [
        LoopbackRoute(nil, "/echo", handler: echo),
        LoopbackRoute(nil, "/redirect") { request in
            let remaining = request.queryInt("n", default: 0)
            let status = request.queryInt("status", default: 302)
            return remaining > 0
                ? .redirect(to: "/redirect?n=\(remaining - 1)&status=\(status)", status: status)
                : .text("done\n")
        },
        LoopbackRoute(nil, "/redirect-to") { request in
            .redirect(to: request.queryValue("url") ?? "/", status: request.queryInt("status", default: 302))
        },
        LoopbackRoute(nil, "/loop") { _ in .redirect(to: "/loop") },
        LoopbackRoute(nil, "/cookies/set") { request in
            var response = LoopbackResponse.text("ok\n")
            for (name, value) in request.query { response.headers.append(("Set-Cookie", "\(name)=\(value); Path=/")) }
            return response
        },
        LoopbackRoute(nil, "/cookies") { request in .text(request.header("Cookie") ?? "") },
        LoopbackRoute(nil, "/gzip") { compressed($0, encoding: "gzip", encoder: Gzip.encode) },
        LoopbackRoute(nil, "/deflate") { compressed($0, encoding: "deflate", encoder: Gzip.zlibEncode) },
        LoopbackRoute(nil, "/slow") { request in
            var response = LoopbackResponse.text("slow\n")
            response.delay = .milliseconds(request.queryInt("ms", default: 1000))
            return response
        },
        LoopbackRoute(nil, "/trickle") { request in
            let chunks = Array(repeating: Data("x".utf8), count: request.queryInt("chunks", default: 10))
            return LoopbackResponse(
                headers: [("Content-Type", "text/plain")],
                body: .chunks(chunks, interval: .milliseconds(request.queryInt("ms", default: 100))))
        },
        LoopbackRoute(nil, "/huge") { request in
            LoopbackResponse(
                headers: [("Content-Type", "application/octet-stream")],
                body: .repeated(UInt8(ascii: "a"), count: request.queryInt("mb", default: 100) << 20),
                omitContentLength: request.queryValue("length") == "none")
        },
        LoopbackRoute(nil, "/charset", handler: charset),
        LoopbackRoute(nil, "/binary") { request in
            let bytes = (0..<request.queryInt("size", default: 256)).map { UInt8(truncatingIfNeeded: $0) }
            return LoopbackResponse(headers: [("Content-Type", "application/octet-stream")], body: .data(Data(bytes)))
        },
        LoopbackRoute(nil, "/status") { request in
            let code = request.queryInt("code", default: 200)
            return .text("status \(code)\n", status: code)
        },
        LoopbackRoute(nil, "/response-headers") { request in
            LoopbackResponse(headers: request.query, body: .data(Data("headers\n".utf8)))
        },
        LoopbackRoute(nil, "/barrier") { request in
            let released = request.arrive(
                atBarrier: request.queryValue("name") ?? "", parties: request.queryInt("parties", default: 2),
                timeout: .seconds(60))
            return released ? .text("released\n") : .text("barrier timed out\n", status: 504)
        },
    ]

    @Sendable static func echo(_ request: LoopbackRequest) -> LoopbackResponse {
        let echo = LoopbackEcho(
            method: request.method, target: request.target, headers: request.headers.map { [$0.0, $0.1] },
            body: String(decoding: request.body, as: UTF8.self), bodyBase64: request.body.base64EncodedString())
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return .json((try? encoder.encode(echo)) ?? Data("{}".utf8))
    }

    /// `lines` numbered lines; compressed with `encoder` when `Accept-Encoding` lists `encoding`.
    static func compressed(_ request: LoopbackRequest, encoding: String, encoder: (Data) -> Data) -> LoopbackResponse {
        let text = (0..<request.queryInt("lines", default: 1000)).map { "line \($0)\n" }.joined()
        let accepted = (request.header("Accept-Encoding") ?? "").lowercased().split(separator: ",")
            .contains { $0.split(separator: ";").first?.trimmingCharacters(in: .whitespaces) == encoding }
        var response = LoopbackResponse.text(text)
        if accepted {
            response.body = .data(encoder(Data(text.utf8)))
            response.headers.append(("Content-Encoding", encoding))
        }
        response.headers.append(("Vary", "Accept-Encoding"))
        return response
    }

    @Sendable static func charset(_ request: LoopbackRequest) -> LoopbackResponse {
        let charset = request.queryValue("charset") ?? "utf-8"
        let encoding: String.Encoding = charset.lowercased() == "iso-8859-1" ? .isoLatin1 : .utf8
        let body = "café".data(using: encoding) ?? Data()
        return LoopbackResponse(headers: [("Content-Type", "text/html; charset=\(charset)")], body: .data(body))
    }
}
