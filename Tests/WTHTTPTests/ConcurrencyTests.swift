import Foundation
import Testing
import WTHTTP
import WTTestSupport

@Suite("Concurrent requests")
struct ConcurrencyTests {
    @Test("eight requests on one client are in flight at the same time")
    func eightOverlap() async throws {
        try await withTestServer { server in
            let client = HTTPClient()
            // The barrier answers only once all eight requests wait at the server together, so this passes
            // only if the transfers really overlap; serialised ones would time out (the client after 30 s).
            let statuses = try await withThrowingTaskGroup(of: Int.self) { group in
                for _ in 0..<8 {
                    group.addTask { try await client.send(.get(server.url("/barrier?name=eight&parties=8"))).status }
                }
                return try await group.reduce(into: []) { $0.append($1) }
            }
            #expect(statuses == Array(repeating: 200, count: 8))
            #expect(server.peakConcurrentRequests >= 8)
        }
    }

    @Test("concurrent requests share one cookie jar")
    func concurrentRequestsShareCookies() async throws {
        try await withTestServer { server in
            let client = HTTPClient()
            try await withThrowingTaskGroup(of: Void.self) { group in
                for index in 0..<6 {
                    group.addTask { _ = try await client.send(.get(server.url("/cookies/set?c\(index)=\(index)"))) }
                }
                try await group.waitForAll()
            }
            let sent = try await client.send(.get(server.url("/cookies"))).text
            #expect(sent.split(separator: ";").count == 6)
            #expect(client.cookies.count == 6)
        }
    }

    @Test("sequential requests reuse one kept-alive connection")
    func connectionReuse() async throws {
        try await withTestServer { server in
            let client = HTTPClient()
            for _ in 0..<5 { _ = try await client.send(.get(server.url("/echo"))) }
            #expect(Set(server.requests.map(\.connection)).count == 1)
            #expect(server.requests.count == 5)
        }
    }
}
