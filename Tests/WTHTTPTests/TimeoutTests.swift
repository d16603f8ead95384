import Foundation
import Testing
import WTHTTP
import WTTestSupport

@Suite("Timeouts and cancellation")
struct TimeoutTests {
    @Test("a server slower than the total timeout gives a timeout while waiting for the response")
    func totalTimeout() async throws {
        try await withTestServer { server in
            let client = HTTPClient(configuration: HTTPClientConfiguration(totalTimeout: .milliseconds(300)))
            let error = await expectFailure(client, .get(server.url("/slow?ms=5000")))
            #expect(error?.kind == .timedOut(.waitingForResponse))
            #expect(error?.message.contains("within 300 ms") == true)
        }
    }

    @Test("a body that trickles past the total timeout gives a timeout while receiving the body")
    func bodyTimeout() async throws {
        try await withTestServer { server in
            let client = HTTPClient(configuration: HTTPClientConfiguration(totalTimeout: .milliseconds(400)))
            let error = await expectFailure(client, .get(server.url("/trickle?chunks=100&ms=100")))
            #expect(error?.kind == .timedOut(.receivingBody))
        }
    }

    @Test("a host that never accepts the connection gives a connect timeout")
    func connectTimeout() async throws {
        let listener = try StalledListener()
        let configuration = HTTPClientConfiguration(connectTimeout: .milliseconds(200), totalTimeout: .seconds(10))
        let error = await expectFailure(
            HTTPClient(configuration: configuration), .get("http://127.0.0.1:\(listener.port)/"))
        #expect(error?.kind == .timedOut(.connect))
        #expect(error?.message.contains("within 200 ms") == true)
    }

    @Test("cancelling the task aborts a running transfer")
    func cancellation() async throws {
        try await withTestServer { server in
            let client = HTTPClient()
            let task = Task { try await client.send(.get(server.url("/slow?ms=60000"))) }
            #expect(await waitUntil { !server.requests.isEmpty })
            task.cancel()
            let result = await task.result
            #expect(throws: HTTPError.self) { try result.get() }
            if case .failure(let error as HTTPError) = result { #expect(error.kind == .cancelled) }
        }
    }
}
