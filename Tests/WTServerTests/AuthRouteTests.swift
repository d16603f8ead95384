import Testing
import WTServer

@Suite("API keys and workspace isolation")
struct AuthRouteTests {
    @Test("a request without x-api-key is a 401 JSON error with code unauthenticated")
    func missingKey() async throws {
        let reply = try await TestAPI().run { try await $0.get("\(base)/ws_a/web-tasks", key: nil) }
        #expect(reply.status == 401)
        #expect(reply.errorCode == "unauthenticated")
        #expect(reply.headers[.contentType]?.hasPrefix("application/json") == true)
    }

    @Test("an unknown key is a 401 and the key is not echoed")
    func unknownKey() async throws {
        let reply = try await TestAPI().run { try await $0.get("\(base)/ws_a/web-tasks", key: "nope-secret") }
        #expect(reply.status == 401)
        #expect(reply.errorCode == "unauthenticated")
        #expect(!reply.text.contains("nope-secret"))
    }

    @Test("a key used on another workspace's path is a 404, whether or not that workspace exists")
    func otherWorkspacePath() async throws {
        let replies = try await TestAPI().run { client in
            [
                try await client.get("\(base)/ws_b/web-tasks", key: TestAPI.keyA),
                try await client.get("\(base)/ws_nobody/web-tasks", key: TestAPI.keyA),
            ]
        }
        #expect(replies.map(\.status) == [404, 404])
        #expect(replies[0].body == replies[1].body)
    }

    @Test("another workspace's task is a 404 through one's own workspace path")
    func otherWorkspaceTask() async throws {
        let api = TestAPI()
        let (owner, stranger) = try await api.run { client in
            let started = try await client.post(
                "\(base)/ws_b/web-tasks/start", key: TestAPI.keyB, json: #"{"task":"t"}"#)
            let id = started.json["webTaskId"].string ?? ""
            return (
                try await client.get("\(base)/ws_b/web-tasks/\(id)/result", key: TestAPI.keyB),
                try await client.get("\(base)/ws_a/web-tasks/\(id)/result", key: TestAPI.keyA)
            )
        }
        #expect(owner.status == 200)
        #expect(stranger.status == 404)
        #expect(stranger.json["error"]["details"]["reason"].string == "not-found")
    }

    @Test("health, metrics and the document need no key")
    func openRoutes() async throws {
        let statuses = try await TestAPI().run { client in
            [
                try await client.get("/healthz", key: nil).status, try await client.get("/metrics", key: nil).status,
                try await client.get("/openapi.json", key: nil).status,
            ]
        }
        #expect(statuses == [200, 200, 200])
    }

    @Test("an unknown path is a JSON 404")
    func unknownPath() async throws {
        let reply = try await TestAPI().run { try await $0.get("/api/v2/nothing") }
        #expect(reply.status == 404)
        #expect(reply.errorCode == "rejected")
    }
}
