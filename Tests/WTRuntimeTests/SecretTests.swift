import Testing
import WTRuntime
import WTTestSupport

@Suite("Secrets")
struct SecretTests {
    static let login = FakePage(
        "http://fake.test/login", title: "Log in",
        elements: ["#user": [FakeElement()], "#pw": [FakeElement()], "button": [FakeElement("Sign in")]],
        onClick: ["button": .navigate("/account")])
    static let account = FakePage(
        "http://fake.test/account", title: "Account", elements: [".name": [FakeElement("Ada")]])

    static let program = """
        program "login"

        param password: secret
        param user: string = "ada"

        output name: string

        open "http://fake.test/login"
        fill "#user" with user
        fill "#pw" with password
        click "button"
        extract name = text ".name"
        """

    @Test("a secret is typed as itself but summarised as <secret>")
    func summaries() async throws {
        var harness = Harness([Self.login, Self.account])
        harness.parameters = ["password=hunter2"]
        let observer = RecordingObserver()
        harness.observer = observer
        let result = try await harness.succeed(Self.program)
        #expect(result.json(pretty: false) == #"{"name":"Ada"}"#)
        #expect(harness.site.log.contains(##"fill "#pw" = hunter2"##))
        #expect(observer.summaries.contains(##"fill "#pw" with <secret>"##))
        #expect(observer.summaries.contains(##"fill "#user" with "ada""##))
        #expect(!observer.summaries.joined().contains("hunter2"))
    }

    @Test("a failure never shows a secret, even when the driver's message repeats it")
    func failures() async throws {
        var harness = Harness([Self.login, Self.account])
        harness.parameters = ["password=hunter2"]
        harness.site.fail(
            ##"fill "#pw" = hunter2"##,
            with: StepError(.other, "the field rejected 'hunter2'", pageSummary: "an error saying hunter2 is wrong"))
        let failure = try await harness.fail(Self.program)
        let everything = [failure.message, failure.help ?? ""] + failure.notes
        #expect(!everything.joined().contains("hunter2"))
        #expect(failure.message == ##"fill "#pw" with <secret>: the field rejected '<secret>'"##)
    }

    @Test("comparing a secret in an expect does not print it")
    func expectations() async throws {
        var harness = Harness([Self.login])
        harness.parameters = ["password=hunter2"]
        let failure = try await harness.fail(
            """
            program "compare"

            param password: secret

            expect password == "letmein"
            """)
        #expect(failure.message == #"expected password == "letmein", but password is <secret>"#)
    }

    @Test("the JSON writer never writes a secret")
    func json() {
        #expect(Value.record([.init("pw", .secret("hunter2"))]).json(pretty: false) == #"{"pw":"<secret>"}"#)
    }
}
