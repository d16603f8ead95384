import Foundation
import Testing
import WTConsole
import WTReport
import WTServer
import WTTrace

@Suite("Console task page")
struct TaskPageTests {
    static let created = TestConsole.start

    static func completed(_ id: String, output: RunOutput?, aiUsd: Double = 0.42, error: APIRunError? = nil)
        -> TaskView
    {
        let run = CompletedRun(
            outcome: error == nil ? .success : .failed, startedAt: created + 1, completedAt: created + 4,
            reuse: ReuseInfo(
                key: "links", used: false, created: true, updated: true, revisionId: id, revisionTimestamp: created + 4),
            cost: RunCost(aiUsd: aiUsd, computeHours: 0.001), output: output, error: error,
            ledger: APIRunLedger(
                programUsed: false, whyNotUsed: "no program", stepsAsCode: 0, stepsByAgent: 3, modelCalls: 4,
                tokens: [TokenUsage(model: "claude-haiku", input: 1200, output: 300, cacheWrite: 0, cacheRead: 800)]))
        let input = WebTaskStart(
            task: "Find <script>alert(1)</script> links", startUrl: "https://example.com",
            parameters: .object([.init("user", .string("ann")), .init("password", .string("hunter2-secret"))]),
            reuseKey: "links", secrets: ["password"])
        return TaskView(webTaskId: id, createdAt: created, state: .completed(run), input: input)
    }

    @Test("a finished task shows its input, result tree, cost, ledger and the program at its revision")
    func completedTask() async throws {
        let api = TestConsole()
        let result = JSONValue.object([
            .init("title", .string("</details><script>x()</script>")), .init("n", .number(2)),
        ])
        await api.backend.put(workspace: "ws_a", Self.completed("wt_7", output: .inline(result)), reuseKey: "links")
        await api.backend.putKey(
            workspace: "ws_a", key: "links",
            revisions: [
                (
                    KeyRevision(revisionId: "1", webTaskId: "wt_7", savedAt: Self.created, reason: .created),
                    "open \"a\"\n"
                )
            ])
        let page = try await api.run { guest in
            try await guest.signIn(TestConsole.keyA)
            return try await guest.get("/tasks/wt_7")
        }
        #expect(page.status == 200)
        #expect(page.text.contains(#"<dd id="task-outcome"><span class="verdict ok">success</span></dd>"#))
        #expect(page.text.contains(#"<dd id="task-cost">$0.42</dd>"#))
        #expect(page.text.contains("<td>claude-haiku</td>"))
        #expect(page.text.contains(#"<span class="size">{2 keys}</span>"#))
        #expect(page.text.contains("&lt;script&gt;x()&lt;"))
        #expect(!page.text.contains("</details><script>"))
        #expect(page.text.contains("Find &lt;script&gt;alert(1)&lt;/script&gt; links"))
        #expect(!page.text.contains("<script>"))
        #expect(page.text.contains("revision 1"))
        #expect(page.text.contains("open &quot;a&quot;"))
        #expect(!page.text.contains("data-poll"))
    }

    @Test("a secret parameter's value is never on the page, even when the backend kept it")
    func secretHidden() async throws {
        let api = TestConsole()
        await api.backend.put(workspace: "ws_a", Self.completed("wt_7", output: nil), reuseKey: "links")
        let page = try await api.run { guest in
            try await guest.signIn(TestConsole.keyA)
            return try await guest.get("/tasks/wt_7")
        }
        #expect(page.text.contains("<code>password</code>"))
        #expect(page.text.contains("(secret, not shown)"))
        #expect(!page.text.contains("hunter2"))
        #expect(page.text.contains("&quot;ann&quot;"))
    }

    @Test("another workspace's task, or none, is a 404 that says where to look")
    func otherWorkspace() async throws {
        let api = TestConsole()
        await api.backend.put(workspace: "ws_b", Self.completed("wt_7", output: nil), reuseKey: "links")
        let (theirs, none) = try await api.run { guest in
            try await guest.signIn(TestConsole.keyA)
            return (try await guest.get("/tasks/wt_7"), try await guest.get("/tasks/wt_99"))
        }
        for page in [theirs, none] {
            #expect(page.status == 404)
            #expect(page.text.contains("There is no such task in this workspace"))
            #expect(page.text.contains(#"<a href="/tasks">All tasks</a>"#))
        }
    }

    @Test("a failed run shows its error; a file result links to the console's download")
    func failedAndFile() async throws {
        let api = TestConsole()
        let error = APIRunError(code: .timeout, message: "the run's time budget ran out", reason: "budget-exceeded")
        await api.backend.put(workspace: "ws_a", Self.completed("wt_1", output: nil, error: error))
        await api.backend.put(
            workspace: "ws_a",
            Self.completed("wt_2", output: .file(fileId: "file_2", contentType: "application/json", sizeBytes: 9)))
        await api.backend.putFile(
            workspace: "ws_a", fileId: "file_2",
            APIResultFile(bytes: Array(#"{"a":1}"#.utf8), contentType: "application/json"))
        let (failed, file, download, foreign) = try await api.run { guest in
            try await guest.signIn(TestConsole.keyA)
            let pages = (
                try await guest.get("/tasks/wt_1"), try await guest.get("/tasks/wt_2"),
                try await guest.get("/files/file_2")
            )
            try await guest.signIn(TestConsole.keyB)
            return (pages.0, pages.1, pages.2, try await guest.get("/files/file_2"))
        }
        #expect(failed.text.contains("<strong>timeout</strong> (budget-exceeded): the run&#39;s time budget ran out"))
        #expect(file.text.contains(#"<a href="/files/file_2" download>"#))
        #expect(download.status == 200)
        #expect(download.text == #"{"a":1}"#)
        #expect(download.headers[.contentDisposition]?.hasPrefix("attachment") == true)
        #expect(foreign.status == 404)
    }

    @Test("a task still running marks its main for polling and offers a Refresh link")
    func running() async throws {
        let api = TestConsole()
        await api.backend.put(
            workspace: "ws_a",
            TaskView(webTaskId: "wt_5", createdAt: Self.created, state: .started(startedAt: Self.created)))
        let page = try await api.run { guest in
            try await guest.signIn(TestConsole.keyA)
            return try await guest.get("/tasks/wt_5")
        }
        #expect(page.text.contains(#"<main id="main" data-poll="2000">"#))
        #expect(page.text.contains(#"<a href="/tasks/wt_5">Refresh</a>"#))
    }

    @Test("a task with a run report shows its steps with linked screenshots, served only to its workspace")
    func runReport() async throws {
        var api = TestConsole()
        api.reports = OneReport()
        await api.backend.put(workspace: "ws_a", Self.completed("wt_7", output: nil), reuseKey: "links")
        await api.backend.put(workspace: "ws_a", Self.completed("wt_8", output: nil), reuseKey: "links")
        let (page, picture, other, foreign) = try await api.run { guest in
            try await guest.signIn(TestConsole.keyA)
            let pages = (
                try await guest.get("/tasks/wt_7"), try await guest.get("/tasks/wt_7/pictures/p1"),
                try await guest.get("/tasks/wt_8")
            )
            try await guest.signIn(TestConsole.keyB)
            return (pages.0, pages.1, pages.2, try await guest.get("/tasks/wt_7/pictures/p1"))
        }
        #expect(page.text.contains(#"<h2 id="report-heading">Run report</h2>"#))
        #expect(page.text.contains(#"<img class="shot" src="/tasks/wt_7/pictures/p1""#))
        #expect(page.text.contains("click &lt;script&gt;"))
        #expect(!page.text.contains("<script>"))
        #expect(picture.status == 200)
        #expect(picture.headers[.contentType] == "image/jpeg")
        #expect(!other.text.contains("Run report"))
        #expect(foreign.status == 404)
    }
}

/// Reports for task wt_7 of ws_a only: one step whose summary holds markup, with a picture after it.
struct OneReport: TaskReports {
    func report(workspace: String, webTaskId: String) async throws -> ReportData? {
        guard workspace == "ws_a", webTaskId == "wt_7" else { return nil }
        return ReportData(
            title: "t", programName: "program.wt", source: "click \"<script>\"\n", mode: "browser",
            startedAt: TestConsole.start, seconds: 1, succeeded: true,
            steps: [.init(index: 1, line: 1, summary: "click <script>", url: nil, milliseconds: 5, after: "p1")])
    }

    func picture(workspace: String, webTaskId: String, pictureId: String) async throws -> Data? {
        workspace == "ws_a" && webTaskId == "wt_7" && pictureId == "p1" ? Data([0xFF, 0xD8, 0xFF, 0xD9]) : nil
    }
}
