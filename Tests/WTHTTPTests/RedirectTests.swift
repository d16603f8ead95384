import Foundation
import Testing
import WTHTTP
import WTTestSupport

@Suite("Redirects")
struct RedirectTests {
    @Test("a chain of relative redirects is followed to the end")
    func followsChain() async throws {
        try await withTestServer { server in
            let response = try await HTTPClient().send(.get(server.url("/redirect?n=3")))
            #expect(response.status == 200)
            #expect(response.redirectCount == 3)
            #expect(response.finalURL == server.url("/redirect?n=0&status=302"))
            #expect(response.text == "done\n")
            #expect(response.header("Location") == nil)
        }
    }

    @Test("301, 302 and 303 turn a POST into a GET without a body", arguments: [301, 302, 303])
    func postBecomesGet(status: Int) async throws {
        try await withTestServer { server in
            let url = server.url("/redirect-to?url=/echo&status=\(status)")
            let response = try await HTTPClient().send(.post(url, body: .form([("a", "1")])))
            let echo = try decodeEcho(response)
            #expect(echo.method == "GET")
            #expect(echo.body.isEmpty)
            #expect(echo.header("Content-Type") == nil)
            #expect(echo.header("Content-Length") == nil)
            #expect(response.redirectCount == 1)
            #expect(server.requests.first?.method == "POST")
        }
    }

    @Test("307 and 308 repeat the POST with its body", arguments: [307, 308])
    func postIsKept(status: Int) async throws {
        try await withTestServer { server in
            let url = server.url("/redirect-to?url=/echo&status=\(status)")
            let echo = try decodeEcho(try await HTTPClient().send(.post(url, body: .form([("a", "1 2")]))))
            #expect(echo.method == "POST")
            #expect(echo.body == "a=1+2")
            #expect(echo.header("Content-Type") == "application/x-www-form-urlencoded")
        }
    }

    @Test("a chain longer than the limit fails and names the limit")
    func limitIsEnforced() async throws {
        try await withTestServer { server in
            let client = HTTPClient(configuration: HTTPClientConfiguration(maximumRedirects: 2))
            let atLimit = try await client.send(.get(server.url("/redirect?n=2")))
            #expect(atLimit.redirectCount == 2)
            let error = await expectFailure(client, .get(server.url("/redirect?n=3")))
            #expect(error?.kind == .tooManyRedirects(limit: 2))
            #expect(error?.message.contains("more than 2 redirects") == true)
        }
    }

    @Test("a redirect loop fails at the default limit of ten")
    func loopFails() async throws {
        try await withTestServer { server in
            let error = await expectFailure(HTTPClient(), .get(server.url("/loop")))
            #expect(error?.kind == .tooManyRedirects(limit: 10))
            #expect(server.requests.count == 11)
        }
    }

    @Test("with redirects off the 3xx response itself is returned")
    func redirectsOff() async throws {
        try await withTestServer { server in
            let client = HTTPClient(configuration: HTTPClientConfiguration(followRedirects: false))
            let response = try await client.send(.get(server.url("/redirect?n=1")))
            #expect(response.status == 302)
            #expect(response.header("Location") == "/redirect?n=0&status=302")
            #expect(response.redirectCount == 0)
        }
    }

    @Test("a redirect to a non-HTTP scheme is refused")
    func redirectToOtherScheme() async throws {
        try await withTestServer { server in
            let error = await expectFailure(HTTPClient(), .get(server.url("/redirect-to?url=file:///etc/passwd")))
            #expect(error?.kind == .unsupportedScheme("file"))
        }
    }
}
