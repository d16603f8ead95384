import Testing
import WTAgent
import WTTestSupport
import WTTrace

@Suite("TaskScreening and SecretScrubbingClient against the fake server")
struct TaskScreeningTests {
    static let model = "claude-haiku-test"

    static func verdict(_ verdict: String, _ reason: String) -> FakeModelTurn {
        let input = #"{"verdict": "\#(verdict)", "reason": "\#(reason)"}"#
        return FakeModelTurn(
            .message(FakeModelMessage(content: [.toolUse(id: "toolu_1", name: "classify", input: input)])))
    }

    static func client(_ server: FakeModelServer) -> AnthropicClient {
        AnthropicClient(configuration: AnthropicConfiguration(baseURL: server.baseURL, apiKey: "test-key"))
    }

    static func screening(_ server: FakeModelServer, _ ledger: UsageLedger) -> TaskScreening {
        TaskScreening(classifier: TaskClassifier(client: client(server), model: model, ledger: ledger))
    }

    @Test("a task with input problems is refused without any model call")
    func invalid() async throws {
        try await withFakeModelServer([]) { server in
            let ledger = UsageLedger()
            let outcome = try await Self.screening(server, ledger).screen(TaskInput(task: " ", startURL: "ftp://x/"))
            guard case .invalid(let problems) = outcome else {
                Issue.record("expected invalid, got \(outcome)")
                return
            }
            #expect(problems.map(\.id) == ["task.empty", "task.start-url-scheme"])
            #expect(server.requests.isEmpty)
            #expect(ledger.total.calls == 0)
        }
    }

    @Test("a task the classifier refuses is rejected with its category and reason")
    func rejected() async throws {
        try await withFakeModelServer([Self.verdict("not-web-automation", "It asks for a poem.")]) { server in
            let outcome = try await Self.screening(server, UsageLedger()).screen(
                TaskInput(task: "Write a poem about the sea"))
            #expect(outcome == .rejected(TaskRejection(category: .notWebAutomation, reason: "It asks for a poem.")))
            server.expectScriptPlayed()
        }
    }

    @Test("a task the classifier accepts goes on")
    func accepted() async throws {
        try await withFakeModelServer([Self.verdict("ok", "Collects public quotes.")]) { server in
            let input = TaskInput(task: "Collect every quote tagged {tag}", parameters: [.init("tag", .string("love"))])
            let outcome = try await Self.screening(server, UsageLedger()).screen(input)
            #expect(outcome == .accepted(TaskClassification(verdict: .ok, reason: "Collects public quotes.")))
            server.expectScriptPlayed()
        }
    }

    @Test("the scrubbing client sends no secret in any part of a request, whatever the agent put there")
    func scrubbingClient() async throws {
        let secret = "Tr0ub4dor&3 x"
        let scrubber = SecretScrubber([("password", secret)])
        try await withFakeModelServer([.text("ok")]) { server in
            let client = SecretScrubbingClient(Self.client(server), scrubber: scrubber)
            let request = ModelRequest(
                model: Self.model, maxTokens: 100, system: "The password is \(secret).",
                messages: [
                    .user("Page text: welcome back, \(secret)!"),
                    ModelMessage(
                        role: .assistant,
                        content: [.toolUse(id: "t1", name: "fill", input: .object([.init("value", .string(secret))]))]),
                    ModelMessage(
                        role: .user,
                        content: [
                            .toolResult(toolUseID: "t1", content: "typed into /login?p=Tr0ub4dor%263+x", isError: false)
                        ]),
                ])
            _ = try await client.send(request)
            let body = try #require(server.requests.first?.body)
            #expect(scrubber.secretsFound(in: Array(body)) == [])
            let text = String(decoding: body, as: UTF8.self)
            #expect(text.contains("The password is {password}."))
            #expect(text.contains("typed into /login?p={password}"))
            server.expectScriptPlayed()
        }
    }
}
