import Foundation
import Testing

@Suite("Console sign-in and sign-out")
struct SignInTests {
    @Test("a known key signs in: 303 to the tasks, a sealed HttpOnly SameSite=Strict cookie on Path=/")
    func goodKey() async throws {
        let (page, after) = try await TestConsole().run { guest in
            let page = try await guest.signIn(TestConsole.keyA)
            return (page, try await guest.get("/tasks"))
        }
        #expect(page.status == 303)
        #expect(page.location == "/tasks")
        let cookie = try #require(page.setCookies.first { $0.hasPrefix("wtc_session=") })
        #expect(cookie.contains("HttpOnly"))
        #expect(cookie.contains("SameSite=Strict"))
        #expect(cookie.contains("Path=/"))
        #expect(!cookie.contains("Secure"))
        #expect(!cookie.contains(TestConsole.keyA))
        #expect(after.status == 200)
        #expect(after.text.contains("Workspace <strong>ws_a</strong>"))
    }

    @Test("over https (X-Forwarded-Proto) the session cookie is Secure")
    func secureCookie() async throws {
        let page = try await TestConsole().run { guest in
            let form = try await guest.get("/sign-in")
            return try await guest.post(
                "/sign-in", [("csrf", form.csrf ?? ""), ("key", TestConsole.keyA)],
                headers: [.init("X-Forwarded-Proto")!: "https"])
        }
        let cookie = try #require(page.setCookies.first { $0.hasPrefix("wtc_session=") })
        #expect(cookie.contains("Secure"))
    }

    @Test("a wrong key shows the form again with what to do, and no session")
    func wrongKey() async throws {
        let (page, tasks) = try await TestConsole().run { guest in
            (try await guest.signIn("not-a-key"), try await guest.get("/tasks"))
        }
        #expect(page.status == 401)
        #expect(page.text.contains("That API key was not accepted"))
        #expect(page.text.contains(#"<label for="key">API key</label>"#))
        #expect(!page.setCookies.contains { $0.hasPrefix("wtc_session=") })
        #expect(tasks.status == 303)
    }

    @Test("a signed-out page request goes to sign-in with the path to come back to, and comes back")
    func returnPath() async throws {
        let (first, signedIn) = try await TestConsole().run { guest in
            let first = try await guest.get("/keys?x=1")
            let form = try await guest.get(first.location ?? "")
            let next = form.first(#"name="next" value="([^"]+)""#) ?? ""
            return (
                first, try await guest.post("/sign-in", [("csrf", form.csrf ?? ""), ("key", "key_a"), ("next", next)])
            )
        }
        #expect(first.status == 303)
        #expect(first.location == "/sign-in?next=%2Fkeys%3Fx%3D1")
        #expect(signedIn.location == "/keys?x=1")
    }

    @Test(
        "a return path that leaves the site is ignored",
        arguments: ["//evil.example/x", "https://evil.example", "/\\evil"])
    func foreignReturnPath(next: String) async throws {
        let page = try await TestConsole().run { guest in
            let form = try await guest.get("/sign-in")
            return try await guest.post("/sign-in", [("csrf", form.csrf ?? ""), ("key", "key_a"), ("next", next)])
        }
        #expect(page.location == "/tasks")
    }

    @Test("sign out clears the cookie; the next page asks to sign in again")
    func signOut() async throws {
        let (out, after) = try await TestConsole().run { guest in
            try await guest.signIn(TestConsole.keyA)
            let tasks = try await guest.get("/tasks")
            let out = try await guest.post("/sign-out", [("csrf", tasks.csrf ?? "")])
            return (out, try await guest.get("/tasks"))
        }
        #expect(out.status == 303)
        #expect(out.location == "/sign-in")
        #expect(out.setCookies.contains { $0.hasPrefix("wtc_session=;") && $0.contains("Max-Age=0") })
        #expect(after.status == 303)
    }

    @Test("a tampered session cookie counts as signed out")
    func tampered() async throws {
        let page = try await TestConsole().run { guest in
            try await guest.get(
                "/tasks", headers: [.cookie: "wtc_session=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"])
        }
        #expect(page.status == 303)
    }
}
