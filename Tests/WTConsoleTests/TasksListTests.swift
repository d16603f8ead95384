import Foundation
import Testing
import WTServer

@Suite("Console task list")
struct TasksListTests {
    static let day = TestConsole.start  // 2026-11-30 (UTC)

    /// Three completed tasks a day apart (success, failed, success) under two keys, and one pending.
    static func api() async -> TestConsole {
        let api = TestConsole()
        for (index, outcome) in [RunOutcome.success, .failed, .success].enumerated() {
            let created = day + Double(index) * 86400
            let run = CompletedRun(
                outcome: outcome, startedAt: created + 1, completedAt: created + 6.5, reuse: nil,
                cost: RunCost(aiUsd: 0.25 * Double(index + 1), computeHours: 0))
            await api.backend.put(
                workspace: "ws_a", TaskView(webTaskId: "wt_\(index + 1)", createdAt: created, state: .completed(run)),
                reuseKey: index == 1 ? "other" : "links")
        }
        await api.backend.put(
            workspace: "ws_a", TaskView(webTaskId: "wt_4", createdAt: day + 3 * 86400, state: .pending))
        return api
    }

    static func ids(_ page: Page) -> [String] {
        let regex = try? NSRegularExpression(pattern: #"<tr><td><a href="/tasks/(wt_\d+)">"#)
        return (regex?.matches(in: page.text, range: NSRange(page.text.startIndex..., in: page.text)) ?? []).compactMap
        {
            Range($0.range(at: 1), in: page.text).map { String(page.text[$0]) }
        }
    }

    @Test("the list shows every task newest first with status, outcome, key, AI dollars and duration")
    func all() async throws {
        let page = try await Self.api().run { guest in
            try await guest.signIn(TestConsole.keyA)
            return try await guest.get("/tasks")
        }
        #expect(Self.ids(page) == ["wt_4", "wt_3", "wt_2", "wt_1"])
        #expect(page.text.contains(#"<td class="num">$0.75</td><td class="num">5.5 s</td>"#))
        #expect(page.text.contains(#"<span class="badge failed">failed</span>"#))
        #expect(page.text.contains(#"<label for="outcome">Outcome</label>"#))
    }

    @Test(
        "filters narrow the list by status, outcome, key and day",
        arguments: [
            ("status=pending", ["wt_4"]), ("outcome=success", ["wt_3", "wt_1"]), ("key=other", ["wt_2"]),
            ("from=2026-12-01&to=2026-12-02", ["wt_3", "wt_2"]), ("outcome=failed&key=links", []),
        ])
    func filters(query: String, expected: [String]) async throws {
        let page = try await Self.api().run { guest in
            try await guest.signIn(TestConsole.keyA)
            return try await guest.get("/tasks?" + query)
        }
        #expect(page.status == 200)
        #expect(Self.ids(page) == expected)
        if expected.isEmpty { #expect(page.text.contains("No tasks match these filters")) }
    }

    @Test("an empty workspace says how to start a task")
    func empty() async throws {
        let page = try await TestConsole().run { guest in
            try await guest.signIn(TestConsole.keyB)
            return try await guest.get("/tasks")
        }
        #expect(page.text.contains("No tasks yet."))
        #expect(page.text.contains(#"<a href="/tasks/new">Start a task</a>"#))
        #expect(!page.text.contains("<table"))
    }

    @Test("pages follow the API's cursor and keep the filters; a bad cursor or date says what to do")
    func paging() async throws {
        let api = TestConsole()
        for index in 0..<30 {
            _ = try await api.backend.start(workspace: "ws_a", request: WebTaskStart(task: "t\(index)"))
        }
        let (first, second, badCursor, badDate) = try await api.run { guest in
            try await guest.signIn(TestConsole.keyA)
            let first = try await guest.get("/tasks?status=pending")
            let next = (first.first(#"<a href="([^"]+)" rel="next">"#) ?? "").replacingOccurrences(
                of: "&amp;", with: "&")
            return (
                first, try await guest.get(next), try await guest.get("/tasks?cursor=zzz"),
                try await guest.get("/tasks?from=yesterday")
            )
        }
        #expect(Self.ids(first).count == 25)
        #expect(first.text.contains(#"href="/tasks?status=pending&amp;cursor=c25""#))
        #expect(Self.ids(second) == (1...5).reversed().map { "wt_\($0)" })
        #expect(badCursor.status == 400)
        #expect(badCursor.text.contains("Start again from the first page"))
        #expect(badDate.status == 400)
        #expect(badDate.text.contains("YYYY-MM-DD"))
    }
}
