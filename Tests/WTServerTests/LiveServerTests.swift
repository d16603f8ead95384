import Testing
import WTServer
import WTServerFakes

@Suite("WTServer on a loopback port")
struct LiveServerTests {
    @Test("over a real socket: start, poll to completion, fetch the file, list, 401 and 404")
    func live() async throws {
        let api = TestAPI()
        let (states, file, list, unauthenticated, other) = try await api.run(live: true) { client in
            let body = #"{"task":"t","parameters":{"scenario":"success-file"}}"#
            let id = try await client.post("\(base)/ws_a/web-tasks/start", json: body).json["webTaskId"].string ?? ""
            var states: [String] = []
            var url = ""
            for _ in 0..<3 {
                let reply = try await client.get("\(base)/ws_a/web-tasks/\(id)/result")
                states.append(reply.json["status"].string ?? "?")
                url = reply.json["result"]["file"]["url"].string ?? ""
            }
            let path = String(url.dropFirst("http://api.test".count))
            return (
                states, try await client.get(path, key: nil), try await client.get("\(base)/ws_a/web-tasks"),
                try await client.get("\(base)/ws_a/web-tasks", key: nil),
                try await client.get("\(base)/ws_b/web-tasks/\(id)/result", key: TestAPI.keyB)
            )
        }
        #expect(states == ["pending", "started", "completed"])
        #expect(file.status == 200 && file.body == FakeWebTasksBackend.fileBytes)
        #expect(list.json["items"].count == 1)
        #expect(unauthenticated.status == 401)
        #expect(other.status == 404)
    }
}
