import Synchronization
import Testing
import WTServer
import WTServerFakes

@Suite("What the server keeps between polls")
struct CompletedResponseTests {
    @Test("a finished task's result is answered from memory, byte for byte; unfinished ones are read each time")
    func finishedKept() async throws {
        let api = TestAPI()
        let (replies, calls, other) = try await api.run { client in
            let body = #"{"task":"t","reuseKey":"k1","parameters":{"scenario":"success-inline"}}"#
            let id = try await client.post("\(base)/ws_a/web-tasks/start", json: body).json["webTaskId"].string ?? ""
            var replies: [Reply] = []
            for _ in 0..<5 { replies.append(try await client.get("\(base)/ws_a/web-tasks/\(id)/result")) }
            let calls = await api.backend.resultCalls
            let other = try await client.get("\(base)/ws_b/web-tasks/\(id)/result", key: TestAPI.keyB)
            return (replies, calls, other)
        }
        #expect(
            replies.map { $0.json["status"].string } == ["pending", "started", "completed", "completed", "completed"])
        #expect(replies[3].body == replies[2].body && replies[4].body == replies[2].body)
        #expect(replies[4].headers[.contentType] == replies[2].headers[.contentType])
        // pending, started, completed: three reads; the last two polls never reached the backend.
        #expect(calls == 3)
        #expect(other.status == 404, "another workspace must not see the kept answer")
    }

    /// Counts the keys it is asked about.
    final class CountingVerifier: APIKeyVerifier {
        let asked = Mutex(0)
        func workspace(forKey key: String) async throws -> String? {
            asked.withLock { $0 += 1 }
            return key == "good" ? "ws" : nil
        }
    }

    @Test("accepted keys are remembered for a while; refused ones are asked about every time")
    func keysRemembered() async throws {
        let inner = CountingVerifier()
        let verifier = RememberingKeyVerifier(inner)
        #expect(try await verifier.workspace(forKey: "good") == "ws")
        #expect(try await verifier.workspace(forKey: "good") == "ws")
        #expect(inner.asked.withLock { $0 } == 1)
        #expect(try await verifier.workspace(forKey: "bad") == nil)
        #expect(try await verifier.workspace(forKey: "bad") == nil)
        #expect(inner.asked.withLock { $0 } == 3)
        let forgetful = RememberingKeyVerifier(inner, lifetime: .zero)
        _ = try await forgetful.workspace(forKey: "good")
        _ = try await forgetful.workspace(forKey: "good")
        #expect(inner.asked.withLock { $0 } == 5, "with no lifetime every call asks")
    }
}
