import Logging
import Synchronization
import Testing
import WTServer

/// A log handler that keeps every line, rendered with its metadata.
final class CapturedLog: Sendable {
    let lines = Mutex<[String]>([])

    var logger: Logger {
        Logger(label: "test") { _ in Handler(log: self) }
    }

    struct Handler: LogHandler {
        let log: CapturedLog
        var metadata: Logger.Metadata = [:]
        var logLevel: Logger.Level = .trace

        subscript(metadataKey key: String) -> Logger.Metadata.Value? {
            get { metadata[key] }
            set { metadata[key] = newValue }
        }

        func log(event: LogEvent) {
            let fields = (event.metadata ?? [:]).sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
            log.lines.withLock { $0.append(([event.message.description] + fields).joined(separator: " ")) }
        }
    }
}

@Suite("Request logs")
struct RequestLogTests {
    @Test("each request logs method, path, status and duration, never the key, the body or the query")
    func logs() async throws {
        let log = CapturedLog()
        var api = TestAPI()
        api.logger = log.logger
        _ = try await api.run { client in
            _ = try await client.post("\(base)/ws_a/web-tasks/start", json: #"{"task":"secret-task-text"}"#)
            _ = try await client.get("\(base)/ws_a/files/f?token=secret-token&expires=1", key: nil)
        }
        let lines = log.lines.withLock { $0 }.filter { $0.hasPrefix("request ") }
        #expect(lines.count == 2)
        #expect(lines.first?.contains("method=POST") == true)
        #expect(lines.first?.contains("path=\(base)/ws_a/web-tasks/start") == true)
        #expect(lines.first?.contains("status=200") == true)
        #expect(lines.last?.contains("status=404") == true)
        #expect(lines.allSatisfy { $0.contains(" ms=") })
        let all = log.lines.withLock { $0 }.joined(separator: "\n")
        for secret in [TestAPI.keyA, "secret-task-text", "secret-token"] { #expect(!all.contains(secret)) }
    }
}
