import Foundation
import Testing
import WTServer

@Suite("GET reuse-keys/{key}")
struct ReuseKeyRouteTests {
    static func api() async -> TestAPI {
        let api = TestAPI()
        let saved = Date(timeIntervalSince1970: 1_796_000_100)
        await api.backend.putKey(
            workspace: TestAPI.workspaceA, key: "links",
            revisions: [
                (
                    KeyRevision(revisionId: "wt_1", webTaskId: "wt_1", savedAt: saved, reason: .created),
                    "open a\nread b\n"
                ),
                (
                    KeyRevision(revisionId: "wt_9", webTaskId: "wt_9", savedAt: saved + 60, reason: .repaired),
                    "open a\nread c\n"
                ),
            ])
        return api
    }

    @Test("the key shows its current program and every revision, oldest first")
    func view() async throws {
        let reply = try await Self.api().run { try await $0.get("\(base)/ws_a/reuse-keys/links") }
        #expect(reply.status == 200)
        #expect(reply.json["program"].string == "open a\nread c\n")
        #expect(reply.json["revisions"][0]["reason"].string == "created")
        #expect(reply.json["revisions"][1]["revisionId"].string == "wt_9")
        #expect(reply.json["diff"] == .missing)
    }

    @Test("from and to give the unified diff between two revisions")
    func diff() async throws {
        let reply = try await Self.api().run { try await $0.get("\(base)/ws_a/reuse-keys/links?from=wt_1&to=wt_9") }
        #expect(reply.json["diff"]["unified"].string == "--- wt_1\n+++ wt_9\n open a\n-read b\n+read c\n \n")
    }

    @Test("only one of from and to is a 400 naming the missing one; an unknown revision is a 404")
    func badDiffs() async throws {
        let (half, unknown) = try await Self.api().run { client in
            (
                try await client.get("\(base)/ws_a/reuse-keys/links?from=wt_1"),
                try await client.get("\(base)/ws_a/reuse-keys/links?from=wt_1&to=wt_5")
            )
        }
        #expect(half.status == 400)
        #expect(half.json["error"]["details"]["field"].string == "query.to")
        #expect(unknown.status == 404)
    }

    @Test("a key of another workspace is a 404")
    func otherWorkspace() async throws {
        let reply = try await Self.api().run { try await $0.get("\(base)/ws_b/reuse-keys/links", key: TestAPI.keyB) }
        #expect(reply.status == 404)
    }
}
