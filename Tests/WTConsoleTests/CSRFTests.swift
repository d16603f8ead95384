import Foundation
import Testing

@Suite("Console CSRF protection")
struct CSRFTests {
    static let task = [("task", "Read the title"), ("startUrl", "https://example.com")]

    @Test("a form without a token, with a wrong token, or from another origin is refused and starts nothing")
    func refused() async throws {
        let api = TestConsole()
        let pages = try await api.run { guest in
            try await guest.signIn(TestConsole.keyA)
            let token = try await guest.get("/tasks/new").csrf ?? ""
            return [
                try await guest.post("/tasks", Self.task),
                try await guest.post("/tasks", Self.task + [("csrf", "AAAA" + token.dropFirst(4))]),
                try await guest.post("/tasks", Self.task + [("csrf", token)], origin: "http://evil.example"),
            ]
        }
        for page in pages {
            #expect(page.status == 403)
            #expect(page.text.contains("Reload the page and send it again"))
        }
        let list = try await api.backend.list(workspace: "ws_a", query: .init())
        #expect(list.items.isEmpty)
    }

    @Test("another session's token does not fit this session")
    func otherSession() async throws {
        let page = try await TestConsole().run { guest in
            try await guest.signIn(TestConsole.keyB)
            let foreign = try await guest.get("/tasks/new").csrf ?? ""
            try await guest.signIn(TestConsole.keyA)
            #expect(try await guest.get("/tasks").text.contains("<strong>ws_a</strong>"))
            return try await guest.post("/tasks", Self.task + [("csrf", foreign)])
        }
        #expect(page.status == 403)
    }

    @Test("the sign-in form needs its pre-session token and a same-site origin")
    func signInForm() async throws {
        let (noToken, foreign, good) = try await TestConsole().run { guest in
            let noToken = try await guest.post("/sign-in", [("key", "key_a")])
            let form = try await guest.get("/sign-in")
            let foreign = try await guest.post(
                "/sign-in", [("csrf", form.csrf ?? ""), ("key", "key_a")], origin: "http://evil.example")
            // Each refusal shows the form again under a new pre-session nonce: its token is the one to use.
            return (
                noToken, foreign,
                try await guest.post("/sign-in", [("csrf", foreign.csrf ?? ""), ("key", "key_a")], origin: nil)
            )
        }
        #expect(noToken.status == 403)
        #expect(foreign.status == 403)
        #expect(!foreign.setCookies.contains { $0.hasPrefix("wtc_session=") })
        #expect(good.status == 303)
    }
}

@Suite("Console form limits")
struct FormLimitTests {
    @Test("a form over a megabyte is refused with 413 and starts nothing")
    func tooLarge() async throws {
        let api = TestConsole()
        let page = try await api.run { guest in
            try await guest.signIn(TestConsole.keyA)
            let token = try await guest.get("/tasks/new").csrf ?? ""
            return try await guest.post("/tasks", [("csrf", token), ("task", String(repeating: "x", count: 1 << 20))])
        }
        #expect(page.status == 413)
        #expect(page.text.contains("larger than a megabyte"))
        #expect(try await api.backend.list(workspace: "ws_a", query: .init()).items.isEmpty)
    }
}
