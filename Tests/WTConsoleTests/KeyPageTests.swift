import Foundation
import Testing
import WTServer

@Suite("Console reuse-key pages")
struct KeyPageTests {
    static let saved = TestConsole.start

    /// Key `links`: created by wt_1, repaired by wt_3; runs wt_1 ($0.40), wt_2 ($0 replay), wt_3 ($0.10 repair).
    static func api() async -> TestConsole {
        let api = TestConsole()
        await api.backend.putKey(
            workspace: "ws_a", key: "links",
            revisions: [
                (
                    KeyRevision(revisionId: "1", webTaskId: "wt_1", savedAt: saved + 5, reason: .created),
                    "open a\nread b\n"
                ),
                (
                    KeyRevision(revisionId: "2", webTaskId: "wt_3", savedAt: saved + 3605, reason: .repaired),
                    "open a\nread <c>\n"
                ),
            ])
        for (index, (usd, revision)) in [(0.40, "wt_1"), (0.0, "wt_1"), (0.10, "wt_3")].enumerated() {
            let created = saved + Double(index) * 1800
            let run = CompletedRun(
                outcome: .success, startedAt: created, completedAt: created + 5,
                reuse: ReuseInfo(
                    key: "links", used: index == 1, created: index == 0, updated: index != 1, revisionId: revision,
                    revisionTimestamp: created),
                cost: RunCost(aiUsd: usd, computeHours: 0))
            await api.backend.put(
                workspace: "ws_a", TaskView(webTaskId: "wt_\(index + 1)", createdAt: created, state: .completed(run)),
                reuseKey: "links")
        }
        return api
    }

    @Test("the key page shows the program, each revision with why, when, by whom, and the runs that used it")
    func keyPage() async throws {
        let page = try await Self.api().run { guest in
            try await guest.signIn(TestConsole.keyA)
            return try await guest.get("/keys/links")
        }
        #expect(page.status == 200)
        #expect(page.text.contains("open a\nread &lt;c&gt;\n"))
        #expect(page.text.contains("<td>created by exploring</td>"))
        #expect(page.text.contains("<td>2 (current)</td><td>repaired</td>"))
        #expect(page.text.contains(#"<a href="/tasks/wt_1">wt_1</a> ($0.40) <a href="/tasks/wt_2">wt_2</a> ($0)"#))
        #expect(page.text.contains(#"<option value="1" selected>revision 1</option>"#))
        #expect(page.text.contains(#"<label for="to">To revision</label>"#))
    }

    @Test("the cost curve is an SVG image with a title, axes and one dot per run at the known places")
    func costCurve() async throws {
        let page = try await Self.api().run { guest in
            try await guest.signIn(TestConsole.keyA)
            return try await guest.get("/keys/links")
        }
        #expect(page.text.contains(#"role="img" aria-label="AI dollars per run: 3 runs, $0.40, $0, $0.10""#))
        #expect(page.text.contains("<title>AI dollars per run</title>"))
        #expect(page.text.contains(#"class="axis""#))
        #expect(page.text.contains(">$0.50</text>"))
        // yMax is $0.50; the plot spans x 64…592 and y 36…216.
        #expect(page.text.contains(#"<circle cx="64.0" cy="72.0""#))
        #expect(page.text.contains(#"<circle cx="328.0" cy="216.0""#))
        #expect(page.text.contains(#"<circle cx="592.0" cy="180.0""#))
    }

    @Test("the diff marks added and removed lines by class and by sign")
    func diff() async throws {
        let (page, unknown) = try await Self.api().run { guest in
            try await guest.signIn(TestConsole.keyA)
            return (
                try await guest.get("/keys/links/diff?from=1&to=2"), try await guest.get("/keys/links/diff?from=1&to=9")
            )
        }
        #expect(page.status == 200)
        #expect(page.text.contains(#"<li class="removed"><span class="sign">-</span>read b</li>"#))
        #expect(page.text.contains(#"<li class="added"><span class="sign">+</span>read &lt;c&gt;</li>"#))
        #expect(page.text.contains(#"<li class="context"><span class="sign"> </span>open a</li>"#))
        #expect(unknown.status == 404)
        #expect(unknown.text.contains("One of those revisions does not exist"))
    }

    @Test("another workspace's key is a 404; the key list shows only this workspace's keys")
    func otherWorkspace() async throws {
        let api = await Self.api()
        await api.backend.putKey(
            workspace: "ws_b", key: "theirs",
            revisions: [(KeyRevision(revisionId: "1", webTaskId: "wt_9", savedAt: Self.saved, reason: .imported), "x")])
        let (mine, theirs, diff, list, empty) = try await api.run { guest in
            try await guest.signIn(TestConsole.keyB)
            let mine = try await guest.get("/keys/links")
            let diff = try await guest.get("/keys/links/diff?from=1&to=2")
            let list = try await guest.get("/keys")
            try await guest.signIn(TestConsole.keyA)
            return (mine, try await guest.get("/keys/theirs"), diff, list, try await guest.get("/keys"))
        }
        #expect(mine.status == 404)
        #expect(theirs.status == 404)
        #expect(diff.status == 404)
        #expect(list.text.contains(#"<a href="/keys/theirs">theirs</a>"#))
        #expect(!list.text.contains("links"))
        #expect(empty.text.contains(#"<a href="/keys/links">links</a>"#))
    }

    @Test("a workspace without keys says how a key gets its first program")
    func noKeys() async throws {
        let page = try await TestConsole().run { guest in
            try await guest.signIn(TestConsole.keyA)
            return try await guest.get("/keys")
        }
        #expect(page.text.contains("No reuse keys yet."))
    }
}
