import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
import WTServer
import WTServerFakes

@testable import WTConsole

@Suite("Unknown addresses in a browser")
struct NotFoundPageTests {
    /// `GET path` with `accept` on the whole server (the API and the console, as `wtc serve` builds it).
    static func get(_ path: String, accept: String) async throws -> (
        status: HTTPResponse.Status, fields: HTTPFields, body: String
    ) {
        let console = TestConsole().console
        let server = WebTasksServer(
            backend: FakeWebTasksBackend(base: TestConsole.start), verifier: StaticAPIKeys([TestConsole.keyA: "ws_a"]),
            extraRoutes: { console.addRoutes(to: $0) }, pageNotFound: { await console.notFoundPage(for: $0) })
        return try await Application(router: try server.router()).test(.router) { client in
            try await client.execute(uri: path, method: .get, headers: [.accept: accept]) { response in
                (response.status, response.headers, String(buffer: response.body))
            }
        }
    }

    @Test("a browser gets the console's page, with its headers and a way on; API clients and API paths keep JSON")
    func pageForBrowsers() async throws {
        let page = try await Self.get("/no/such/page", accept: "text/html,application/xhtml+xml")
        #expect(page.status == .notFound)
        #expect(page.fields[.contentType]?.hasPrefix("text/html") == true)
        #expect(page.body.contains("There is no page at this address. Sign in to see your workspace"))
        #expect(page.body.contains("href=\"/sign-in\""))
        #expect(page.fields[.contentSecurityPolicy] == ConsoleHeadersMiddleware.policy)
        let client = try await Self.get("/no/such/page", accept: "application/json")
        #expect(client.status == .notFound && client.body.contains("\"code\""))
        let api = try await Self.get(WebTasksServer.basePath + "/ws_a/nothing", accept: "text/html")
        #expect(api.status == .notFound && !api.body.contains("<html"))
    }
}
