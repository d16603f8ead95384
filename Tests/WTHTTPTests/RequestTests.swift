import Foundation
import Testing
import WTHTTP
import WTTestSupport

@Suite("Requests and responses")
struct RequestTests {
    @Test("a GET reaches the server with the default user agent and comes back whole")
    func getRoundTrip() async throws {
        try await withTestServer { server in
            let response = try await HTTPClient().send(.get(server.url("/echo?q=1")))
            #expect(response.status == 200)
            #expect(response.contentType == "application/json")
            let echo = try decodeEcho(response)
            #expect(echo.method == "GET")
            #expect(echo.target == "/echo?q=1")
            #expect(echo.header("User-Agent") == HTTPClientConfiguration.defaultUserAgent)
            #expect(echo.header("Expect") == nil)
            #expect(response.finalURL == server.url("/echo?q=1"))
            #expect(response.redirectCount == 0)
        }
    }

    @Test("a form POST is sent url-encoded like a browser would send it")
    func formPost() async throws {
        try await withTestServer { server in
            let body = HTTPBody.form([("name", "Jürgen M"), ("note", "a&b=c"), ("name", "two")])
            let echo = try decodeEcho(try await HTTPClient().send(.post(server.url("/echo"), body: body)))
            #expect(echo.method == "POST")
            #expect(echo.body == "name=J%C3%BCrgen+M&note=a%26b%3Dc&name=two")
            #expect(echo.header("Content-Type") == "application/x-www-form-urlencoded")
            #expect(echo.header("Content-Length") == "\(echo.body.utf8.count)")
        }
    }

    @Test("a JSON POST arrives byte for byte with its content type")
    func jsonPost() async throws {
        try await withTestServer { server in
            let json = Data(#"{"query":"shoes","page":2,"tags":["a","ü"]}"#.utf8)
            let echo = try decodeEcho(try await HTTPClient().send(.post(server.url("/echo"), body: .json(json))))
            #expect(Data(base64Encoded: echo.bodyBase64) == json)
            #expect(echo.header("Content-Type") == "application/json")
        }
    }

    @Test("a binary body with NUL bytes and another method round-trips exactly")
    func rawPutWithNulBytes() async throws {
        try await withTestServer { server in
            let bytes = Data([0, 1, 2, 0, 255, 0, 10, 13])
            let request = HTTPRequest(
                method: .put, url: server.url("/echo"), body: .raw(bytes, contentType: "application/octet-stream"))
            let echo = try decodeEcho(try await HTTPClient().send(request))
            #expect(echo.method == "PUT")
            #expect(Data(base64Encoded: echo.bodyBase64) == bytes)
            #expect(echo.header("Content-Type") == "application/octet-stream")
        }
    }

    @Test("a POST without a body sends an empty one")
    func emptyPost() async throws {
        try await withTestServer { server in
            let echo = try decodeEcho(try await HTTPClient().send(HTTPRequest(method: .post, url: server.url("/echo"))))
            #expect(echo.method == "POST")
            #expect(echo.header("Content-Length") == "0")
            #expect(echo.body.isEmpty)
        }
    }

    @Test("request headers are sent in order and replace libcurl's own")
    func customHeaders() async throws {
        try await withTestServer { server in
            let request = HTTPRequest.get(
                server.url("/echo"),
                headers: [("User-Agent", "custom/1"), ("X-One", "1"), ("X-Empty", ""), ("Accept", "text/html")])
            let echo = try decodeEcho(try await HTTPClient().send(request))
            #expect(echo.header("User-Agent") == "custom/1")
            #expect(echo.header("X-Empty") == "")
            #expect(echo.header("Accept") == "text/html")
            let names = echo.headers.compactMap(\.first)
            #expect(names.firstIndex(of: "X-One").map { index in names[index + 1] == "X-Empty" } == true)
        }
    }

    @Test("response headers keep their order and spelling")
    func responseHeaderOrder() async throws {
        try await withTestServer { server in
            let url = server.url("/response-headers?X-First=1&x-second=2&X-THIRD=3&X-First=4")
            let response = try await HTTPClient().send(.get(url))
            let custom = response.headers.filter { $0.0.lowercased().hasPrefix("x-") }
            #expect(custom.map(\.0) == ["X-First", "x-second", "X-THIRD", "X-First"])
            #expect(custom.map(\.1) == ["1", "2", "3", "4"])
            #expect(response.header("x-first") == "1")
            #expect(response.headers(named: "X-FIRST") == ["1", "4"])
        }
    }

    @Test("a HEAD request returns the headers without a body")
    func head() async throws {
        try await withTestServer { server in
            let response = try await HTTPClient().send(HTTPRequest(method: .head, url: server.url("/binary?size=500")))
            #expect(response.status == 200)
            #expect(response.body.isEmpty)
            #expect(response.header("Content-Length") == "500")
            #expect(server.requests.last?.method == "HEAD")
        }
    }

    @Test("an error status is a response, not an error")
    func errorStatusIsAResponse() async throws {
        try await withTestServer { server in
            let response = try await HTTPClient().send(.get(server.url("/status?code=503")))
            #expect(response.status == 503)
            #expect(response.text == "status 503\n")
        }
    }

    @Test("binary bodies arrive unchanged")
    func binaryBody() async throws {
        try await withTestServer { server in
            let response = try await HTTPClient().send(.get(server.url("/binary?size=1000")))
            #expect(response.body == Data((0..<1000).map { UInt8(truncatingIfNeeded: $0) }))
            #expect(response.contentType == "application/octet-stream")
            #expect(response.charset == nil)
        }
    }

    @Test("the timings are consistent with each other")
    func timings() async throws {
        try await withTestServer { server in
            let timing = try await HTTPClient().send(.get(server.url("/echo"))).timing
            #expect(timing.total >= timing.firstByte)
            #expect(timing.firstByte >= timing.connect)
            #expect(timing.connect >= .zero)
        }
    }
}
