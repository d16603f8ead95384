import Foundation
import Testing
import WTServer
import WTServerFakes
import WTTestSupport

@Suite("WTServer on a loopback port")
struct LiveServerTests {
    /// Starts a `success-file` task and polls it to completion: the statuses seen and the file URL's path.
    static func runToFile(_ client: TestAPI.Client) async throws -> (states: [String], filePath: String) {
        let body = #"{"task":"t","reuseKey":"k","parameters":{"scenario":"success-file"}}"#
        let id = try await client.post("\(base)/ws_a/web-tasks/start", json: body).json["webTaskId"].string ?? ""
        var states: [String] = []
        var url = ""
        for _ in 0..<3 {
            let reply = try await client.get("\(base)/ws_a/web-tasks/\(id)/result")
            states.append(reply.json["status"].string ?? "?")
            url = reply.json["result"]["file"]["url"].string ?? ""
        }
        return (states, String(url.dropFirst("http://api.test".count)))
    }

    @Test("over a real socket: every endpoint, the auth and validation errors, and file-URL expiry")
    func live() async throws {
        let api = TestAPI()
        await api.backend.putKey(
            workspace: TestAPI.workspaceA, key: "k",
            revisions: [
                (KeyRevision(revisionId: "wt_1", webTaskId: "wt_1", savedAt: TestAPI.start, reason: .created), "x")
            ])
        let replies = try await api.run(live: true) { client in
            let (states, filePath) = try await Self.runToFile(client)
            var replies: [String: Reply] = [
                "file": try await client.get(filePath, key: nil),
                "list": try await client.get("\(base)/ws_a/web-tasks?reuseKey=k"),
                "key": try await client.get("\(base)/ws_a/reuse-keys/k"),
                "cancel": try await client.post("\(base)/ws_a/web-tasks/wt_1/cancel", json: nil),
                "no key": try await client.get("\(base)/ws_a/web-tasks", key: nil),
                "other workspace": try await client.get("\(base)/ws_b/web-tasks/wt_1/result", key: TestAPI.keyB),
                "bad body": try await client.post("\(base)/ws_a/web-tasks/start", json: #"{"task":""}"#),
                "document": try await client.get("/openapi.json", key: nil),
                "metrics": try await client.get("/metrics", key: nil),
                "health": try await client.get("/healthz", key: nil),
            ]
            api.clock.advance(24 * 3600 + 1)
            replies["expired"] = try await client.get(filePath, key: nil)
            replies["states"] = Reply(status: 0, headers: [:], body: Array(states.joined(separator: ",").utf8))
            return replies
        }
        let status = { (name: String) in replies[name]?.status ?? 0 }
        #expect(replies["states"]?.text == "pending,started,completed")
        #expect(status("file") == 200 && replies["file"]?.body == FakeWebTasksBackend.fileBytes)
        #expect(replies["list"]?.json["items"].count == 1)
        #expect(replies["key"]?.json["revisions"].count == 1)
        #expect(replies["cancel"]?.json["status"].string == "completed")
        #expect(status("no key") == 401 && status("other workspace") == 404)
        #expect(replies["bad body"]?.json["error"]["details"]["field"].string == "body.task")
        let committed = try Data(
            contentsOf: Paths.repositoryRoot().appendingPathComponent("Sources/WTServer/openapi.json"))
        #expect(replies["document"]?.body == Array(committed))
        #expect(replies["metrics"]?.text.contains("wtc_queue_depth") == true)
        #expect(status("health") == 200)
        #expect(status("expired") == 403)
    }
}
