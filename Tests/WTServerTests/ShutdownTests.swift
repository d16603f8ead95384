import HummingbirdTesting
import Logging
import ServiceLifecycle
import Synchronization
import Testing
import WTServer

/// A service standing in for the workers: it records that it ran and that it was asked to stop.
final class ProbeService: Service, Sendable {
    let events = Mutex<[String]>([])

    func run() async throws {
        events.withLock { $0.append("ran") }
        try? await gracefulShutdown()
        events.withLock { $0.append("stopped") }
    }
}

struct ServerDidNotStart: Error {}

@Suite("WebTasksServer.application")
struct ShutdownTests {
    @Test("binds a free loopback port, reports it, serves, and stops its services on graceful shutdown")
    func lifecycle() async throws {
        let probe = ProbeService()
        let (ports, portSink) = AsyncStream.makeStream(of: Int.self)
        let app = try TestAPI().server.application(port: 0, services: [probe]) { port in portSink.yield(port) }
        let quiet = Logger(label: "test", factory: { _ in SwiftLogNoOpLogHandler() })
        let group = ServiceGroup(configuration: .init(services: [app], logger: quiet))
        let status = try await withThrowingTaskGroup(of: Int?.self) { tasks in
            tasks.addTask {
                try await group.run()
                return nil
            }
            let port = try await Self.first(ports, within: .seconds(20))
            let status = try await TestClient.withClient(host: "127.0.0.1", port: port) { client in
                try await client.get("/healthz").status.code
            }
            await group.triggerGracefulShutdown()
            try await tasks.waitForAll()
            return status
        }
        #expect(status == 200)
        #expect(probe.events.withLock { $0 } == ["ran", "stopped"])
    }

    /// The stream's first element, or an error when none comes within `limit`.
    static func first(_ stream: AsyncStream<Int>, within limit: Duration) async throws -> Int {
        try await withThrowingTaskGroup(of: Int?.self) { race in
            race.addTask { await stream.first { _ in true } }
            race.addTask {
                try await Task.sleep(for: limit)
                return nil
            }
            defer { race.cancelAll() }
            guard let port = try await race.next() ?? nil else { throw ServerDidNotStart() }
            return port
        }
    }
}
