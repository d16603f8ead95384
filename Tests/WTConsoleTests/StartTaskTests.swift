import Foundation
import Testing
import WTServer

@Suite("Console start form")
struct StartTaskTests {
    @Test("a valid form queues the task with the API's types and opens its page (303)")
    func starts() async throws {
        let api = TestConsole()
        let page = try await api.run { guest in
            try await guest.signIn(TestConsole.keyA)
            let token = try await guest.get("/tasks/new").csrf ?? ""
            return try await guest.post(
                "/tasks",
                [
                    ("csrf", token), ("task", "Read the title"), ("startUrl", "https://example.com/"),
                    ("reuseKey", "titles"), ("parameters", #"{"user": "ann", "pin": "1234"}"#), ("secrets", "pin"),
                    ("outputSchema", #"{"type": "object"}"#), ("model", "sonnet"),
                ])
        }
        #expect(page.status == 303)
        #expect(page.location == "/tasks/wt_1")
        let view = try #require(try await api.backend.result(workspace: "ws_a", webTaskId: "wt_1"))
        let input = try #require(view.input)
        #expect(input.task == "Read the title")
        #expect(input.reuseKey == "titles")
        #expect(input.model == .sonnet)
        #expect(input.secrets == ["pin"])
        #expect(input.parameters?["user"] == .string("ann"))
        #expect(input.outputSchema?["type"] == .string("object"))
    }

    @Test("every problem is shown beside its field, with what was typed kept")
    func problems() async throws {
        let api = TestConsole()
        let page = try await api.run { guest in
            try await guest.signIn(TestConsole.keyA)
            let token = try await guest.get("/tasks/new").csrf ?? ""
            return try await guest.post(
                "/tasks",
                [
                    ("csrf", token), ("task", "  "), ("startUrl", "ftp://x"), ("reuseKey", "a b"),
                    ("parameters", "[1]"), ("outputSchema", "{"), ("secrets", "nope"), ("model", "gpt"),
                ])
        }
        #expect(page.status == 400)
        for field in ["task", "startUrl", "reuseKey", "parameters", "outputSchema", "secrets", "model"] {
            #expect(page.text.contains(#"<p class="error" id="\#(field)-error">"#), "\(field)")
        }
        #expect(page.text.contains("startUrl: must be an absolute http or https URL"))
        #expect(page.text.contains(#"value="ftp://x""#))
        let list = try await api.backend.list(workspace: "ws_a", query: .init())
        #expect(list.items.isEmpty)
    }

    @Test("every control of the form has a label, and the button is a button")
    func labelled() async throws {
        let page = try await TestConsole().run { guest in
            try await guest.signIn(TestConsole.keyA)
            return try await guest.get("/tasks/new")
        }
        for id in ["task", "startUrl", "reuseKey", "parameters", "secrets", "outputSchema", "model"] {
            #expect(page.text.contains(#"<label for="\#(id)">"#), "\(id)")
            #expect(page.text.contains(#"id="\#(id)""#), "\(id)")
        }
        #expect(page.text.contains(#"<button type="submit">Start the task</button>"#))
        #expect(page.text.contains("<header"))
        #expect(page.text.contains(#"<nav aria-label="Console">"#))
    }
}
