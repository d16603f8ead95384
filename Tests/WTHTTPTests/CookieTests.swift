import Testing
import WTHTTP
import WTTestSupport

@Suite("Cookies")
struct CookieTests {
    @Test("a cookie set by one response is sent with the next request")
    func cookieIsSentBack() async throws {
        try await withTestServer { server in
            let client = HTTPClient()
            _ = try await client.send(.get(server.url("/cookies/set?session=abc123&theme=dark")))
            let sent = try await client.send(.get(server.url("/cookies"))).text
            #expect(
                sent.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }.sorted()
                    == ["session=abc123", "theme=dark"])
        }
    }

    @Test("two clients do not share cookies")
    func clientsHaveSeparateJars() async throws {
        try await withTestServer { server in
            let first = HTTPClient()
            let second = HTTPClient()
            _ = try await first.send(.get(server.url("/cookies/set?session=first")))
            #expect(try await second.send(.get(server.url("/cookies"))).text == "")
            #expect(server.requests.last?.header("Cookie") == nil)
            #expect(second.cookies.isEmpty)
            #expect(try await first.send(.get(server.url("/cookies"))).text == "session=first")
        }
    }

    @Test("the jar lists its cookies with their domain and path")
    func jarListsCookies() async throws {
        try await withTestServer { server in
            let client = HTTPClient()
            #expect(client.cookies.isEmpty)
            _ = try await client.send(.get(server.url("/cookies/set?token=t1")))
            let cookie = try #require(client.cookies.first)
            #expect(client.cookies.count == 1)
            #expect(cookie.name == "token")
            #expect(cookie.value == "t1")
            #expect(cookie.domain == "127.0.0.1")
            #expect(cookie.path == "/")
            #expect(cookie.expires == nil)
            #expect(!cookie.secure)
        }
    }

    @Test("a cookie set by a redirect response is sent to the redirect target, as after a login")
    func cookieFromRedirect() async throws {
        let login = LoopbackRoute("POST", "/login") { _ in
            var response = LoopbackResponse.redirect(to: "/cookies", status: 303)
            response.headers.append(("Set-Cookie", "sid=xyz; Path=/; HttpOnly"))
            return response
        }
        try await withLoopbackServer(routes: [login] + LoopbackRoute.testRoutes) { server in
            let client = HTTPClient()
            let response = try await client.send(.post(server.url("/login"), body: .form([("user", "u")])))
            #expect(response.text == "sid=xyz")
            #expect(response.redirectCount == 1)
            #expect(client.cookies.first?.httpOnly == true)
        }
    }
}
