import Foundation
import Testing
import WTHTTP
import WTTestSupport

@Suite("Body size limit")
struct BodyLimitTests {
    static let oneMiB = HTTPClientConfiguration(maximumBodyBytes: 1 << 20)

    @Test("a 100 MB body with a Content-Length is refused before it is downloaded")
    func refusedByContentLength() async throws {
        try await withTestServer { server in
            let error = await expectFailure(HTTPClient(configuration: Self.oneMiB), .get(server.url("/huge?mb=100")))
            #expect(error?.kind == .bodyTooLarge(limit: 1 << 20))
            #expect(error?.message.contains("limit of 1 MiB") == true)
        }
    }

    @Test("a 100 MB body without a Content-Length is cut off while it streams")
    func cutOffWhileStreaming() async throws {
        let server = try LoopbackServer(routes: LoopbackRoute.testRoutes)
        try server.start()
        let error = await expectFailure(
            HTTPClient(configuration: Self.oneMiB), .get(server.url("/huge?mb=100&length=none")))
        server.stop()
        #expect(error?.kind == .bodyTooLarge(limit: 1 << 20))
        // The client hung up early: far less than 100 MB left the server (socket buffers hold a few MB).
        #expect(server.bytesSent < 50 << 20)
    }

    @Test("a body exactly at the limit is accepted")
    func exactlyAtLimit() async throws {
        try await withTestServer { server in
            let client = HTTPClient(configuration: HTTPClientConfiguration(maximumBodyBytes: 1000))
            let atLimit = try await client.send(.get(server.url("/binary?size=1000")))
            #expect(atLimit.body.count == 1000)
            let error = await expectFailure(client, .get(server.url("/binary?size=1001")))
            #expect(error?.kind == .bodyTooLarge(limit: 1000))
        }
    }
}
