import Testing
import WTServer
import WTServerFakes

@Suite("GET web-tasks/{id}/result: every state of the result object")
struct ResultRouteTests {
    /// Starts a scripted task and polls it until the script ends; the replies in order.
    static func polls(_ scenario: String, count: Int) async throws -> [Reply] {
        try await TestAPI().run { client in
            let body = #"{"task":"t","reuseKey":"k1","parameters":{"scenario":"\#(scenario)"}}"#
            let id = try await client.post("\(base)/ws_a/web-tasks/start", json: body).json["webTaskId"].string ?? ""
            var replies: [Reply] = []
            for _ in 0..<count { replies.append(try await client.get("\(base)/ws_a/web-tasks/\(id)/result")) }
            return replies
        }
    }

    @Test("pending carries webTaskId, createdAt and the input; started adds startedAt")
    func pendingAndStarted() async throws {
        let replies = try await Self.polls("success-inline", count: 2)
        let pending = replies[0].json
        #expect(pending.keys == ["webTaskId", "status", "createdAt", "input"])
        #expect(pending["status"].string == "pending")
        #expect(pending["createdAt"].string == "2026-11-30T00:53:21Z")
        #expect(pending["input"]["task"].string == "t")
        #expect(pending["input"]["parameters"]["scenario"].string == "success-inline")
        let started = replies[1].json
        #expect(started.keys == ["webTaskId", "status", "createdAt", "startedAt"])
        #expect(started["startedAt"].string == "2026-11-30T00:53:22Z")
    }

    @Test("a pending task's input never shows a secret parameter's value")
    func secretsRedacted() async throws {
        let pending = try await TestAPI().run { client in
            let body = #"{"task":"log in","parameters":{"user":"ann","password":"hunter2"},"secrets":["password"]}"#
            let id = try await client.post("\(base)/ws_a/web-tasks/start", json: body).json["webTaskId"].string ?? ""
            return try await client.get("\(base)/ws_a/web-tasks/\(id)/result")
        }
        #expect(pending.json["input"]["parameters"]["user"].string == "ann")
        #expect(pending.json["input"]["parameters"]["password"].string == "[secret]")
        #expect(!pending.text.contains("hunter2"))
    }

    @Test("completed with an inline result: outcome, reuse in snake_case, cost, result data, ledger")
    func completedInline() async throws {
        let done = try await Self.polls("success-inline", count: 3)[2].json
        #expect(done["status"].string == "completed")
        #expect(done["outcome"].string == "success")
        #expect(done["completedAt"].string == "2026-11-30T00:53:24Z")
        #expect(done["reuse"].keys == ["key", "used", "created", "updated", "revision_id", "revision_timestamp"])
        #expect(done["reuse"]["key"].string == "k1")
        #expect(done["reuse"]["revision_id"].string == done["webTaskId"].string)
        #expect(done["cost"]["aiUsd"].number == 0.0123)
        #expect(done["cost"]["compute"]["unit"].string == "hours")
        #expect(done["result"]["type"].string == "inline")
        #expect(done["result"]["data"]["title"].string == "Example Domain")
        #expect(done["result"]["data"]["links"].number == 1)
        #expect(done["ledger"]["modelCalls"].number == 4)
        #expect(done["error"] == .missing)
    }

    @Test("completed with a file result: a signed URL, its type, size and expiry")
    func completedFile() async throws {
        let done = try await Self.polls("success-file", count: 3)[2].json
        let file = done["result"]["file"]
        #expect(done["result"]["type"].string == "file")
        #expect(file["url"].string?.hasPrefix("http://api.test\(base)/ws_a/files/file_wt_1?token=") == true)
        #expect(file["contentType"].string == "application/json")
        #expect(file["sizeBytes"].number == Double(FakeWebTasksBackend.fileBytes.count))
        #expect(file["expiresAt"].string == "2026-12-01T00:53:20Z")
    }

    @Test("a failed run carries one of the six codes and its finer reason, and no reuse")
    func failed() async throws {
        let done = try await Self.polls("failed", count: 3)[2].json
        #expect(done["outcome"].string == "failed")
        #expect(done["error"]["code"].string == "timeout")
        #expect(done["error"]["details"]["reason"].string == "budget-exceeded")
        #expect(done["reuse"] == .missing)
        #expect(done["result"] == .missing)
    }

    @Test("a rejected task is completed and failed with code rejected and startedAt present as null")
    func rejected() async throws {
        let done = try await Self.polls("rejected", count: 2)[1].json
        #expect(done["status"].string == "completed")
        #expect(done["error"]["code"].string == "rejected")
        #expect(done["error"]["details"]["reason"].string == "not-web-automation")
        #expect(done["startedAt"] == .null)
    }

    @Test("a task canceled before it started shows startedAt as null, not absent")
    func canceled() async throws {
        let done = try await Self.polls("canceled", count: 2)[1].json
        #expect(done.keys == ["webTaskId", "status", "createdAt", "startedAt", "completedAt"])
        #expect(done["status"].string == "canceled")
        #expect(done["startedAt"] == .null)
    }

    @Test("an unknown task is a 404")
    func unknown() async throws {
        let reply = try await TestAPI().run { try await $0.get("\(base)/ws_a/web-tasks/wt_none/result") }
        #expect(reply.status == 404)
    }
}
