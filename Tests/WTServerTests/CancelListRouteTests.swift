import Testing
import WTServer

@Suite("cancel and list")
struct CancelListRouteTests {
    @Test("cancel stops a started task, keeps its startedAt, and is idempotent")
    func cancelStarted() async throws {
        let (first, second) = try await TestAPI().run { client in
            let body = #"{"task":"t","parameters":{"scenario":"running"}}"#
            let id = try await client.post("\(base)/ws_a/web-tasks/start", json: body).json["webTaskId"].string ?? ""
            _ = try await client.get("\(base)/ws_a/web-tasks/\(id)/result")
            return (
                try await client.post("\(base)/ws_a/web-tasks/\(id)/cancel", json: nil),
                try await client.post("\(base)/ws_a/web-tasks/\(id)/cancel", json: nil)
            )
        }
        #expect(first.json["status"].string == "canceled")
        #expect(first.json["startedAt"].string == "2026-11-30T00:53:22Z")
        #expect(second.body == first.body)
    }

    @Test("cancel of another workspace's task is a 404")
    func cancelOther() async throws {
        let reply = try await TestAPI().run { client in
            let id =
                try await client.post("\(base)/ws_b/web-tasks/start", key: TestAPI.keyB, json: #"{"task":"t"}"#)
                .json["webTaskId"].string ?? ""
            return try await client.post("\(base)/ws_a/web-tasks/\(id)/cancel", json: nil)
        }
        #expect(reply.status == 404)
    }

    @Test("list filters by status and reuseKey and pages with a cursor, newest first")
    func list() async throws {
        let (page1, page2, byKey, byStatus) = try await TestAPI().run { client in
            for key in ["k1", "k2", "k1"] {
                _ = try await client.post("\(base)/ws_a/web-tasks/start", json: #"{"task":"t","reuseKey":"\#(key)"}"#)
            }
            _ = try await client.post("\(base)/ws_b/web-tasks/start", key: TestAPI.keyB, json: #"{"task":"t"}"#)
            _ = try await client.get("\(base)/ws_a/web-tasks/wt_1/result")
            let page1 = try await client.get("\(base)/ws_a/web-tasks?limit=2")
            let cursor = page1.json["nextCursor"].string ?? ""
            return (
                page1, try await client.get("\(base)/ws_a/web-tasks?limit=2&cursor=\(cursor)"),
                try await client.get("\(base)/ws_a/web-tasks?reuseKey=k1"),
                try await client.get("\(base)/ws_a/web-tasks?status=started")
            )
        }
        #expect(ids(page1) == ["wt_3", "wt_2"])
        #expect(ids(page2) == ["wt_1"])
        #expect(page2.json["nextCursor"] == .missing)
        #expect(ids(byKey) == ["wt_3", "wt_1"])
        #expect(ids(byStatus) == ["wt_1"])
        #expect(byStatus.json["items"][0]["startedAt"].string != nil)
    }

    private func ids(_ reply: Reply) -> [String] {
        (0..<reply.json["items"].count).compactMap { reply.json["items"][$0]["webTaskId"].string }
    }

    @Test(
        "bad list queries are 400s naming the parameter",
        arguments: [
            ("limit=0", "query.limit"), ("limit=500", "query.limit"), ("cursor=zz", "query.cursor"),
            ("cursor=", "query.cursor"), ("reuseKey=", "query.reuseKey"),
        ])
    func badQueries(query: String, field: String) async throws {
        let reply = try await TestAPI().run { try await $0.get("\(base)/ws_a/web-tasks?\(query)") }
        #expect(reply.status == 400, "\(reply.text)")
        #expect(reply.json["error"]["details"]["field"].string == field)
    }
}

@Suite("Query parameters the generated layer rejects")
struct QueryRuleRouteTests {
    @Test(
        "a bad or missing query value is a 400 naming the parameter and what is allowed",
        arguments: [
            ("\(base)/ws_a/web-tasks?status=sleeping", "query.status", "pending, started, completed, canceled"),
            ("\(base)/ws_a/web-tasks?limit=ten", "query.limit", "integer"),
            ("\(base)/ws_a/files/f?token=t&expires=soon", "query.expires", "integer"),
            ("\(base)/ws_a/files/f?expires=1", "query.token", "required"),
        ])
    func rejected(path: String, field: String, words: String) async throws {
        let reply = try await TestAPI().run { try await $0.get(path) }
        #expect(reply.status == 400, "\(reply.text)")
        #expect(reply.json["error"]["details"]["field"].string == field, "\(reply.text)")
        #expect(reply.errorMessage?.contains(words) == true, "\(reply.text)")
    }
}
