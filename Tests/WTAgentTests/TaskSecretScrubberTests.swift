import Testing
import WTAgent
import WTTrace

@Suite("SecretScrubber")
struct TaskSecretScrubberTests {
    @Test("a secret becomes its placeholder for prompts and dots for display, also inside a longer word")
    func plain() {
        let scrubber = SecretScrubber([("password", "hunter2")])
        let text = "typed hunter2 into #pw; hunter2abc and xhunter2 too"
        #expect(scrubber.scrub(text) == "typed {password} into #pw; {password}abc and x{password} too")
        #expect(scrubber.scrub(text, style: .mask) == "typed •••• into #pw; ••••abc and x•••• too")
        #expect(scrubber.scrub("nothing here") == "nothing here")
    }

    @Test("overlapping secrets: the longer one wins, and a partial overlap leaves no byte of either")
    func overlapping() {
        let nested = SecretScrubber([("short", "pass"), ("long", "password1")])
        #expect(nested.scrub("my password1, then pass") == "my {long}, then {short}")
        let partial = SecretScrubber([("a", "abcd"), ("b", "cdef")])
        #expect(partial.scrub("xabcdefy") == "x{a}y")
        #expect(partial.scrub("xcdefabcdy") == "x{b}{a}y")
    }

    @Test("the percent-encoded, form-encoded, JSON-escaped and HTML-escaped forms are found too")
    func encodedForms() {
        let scrubber = SecretScrubber([("pw", #"p@ss w/rd"ä<"#)])
        let forms = [
            "p%40ss%20w%2Frd%22%C3%A4%3C", "p%40ss%20w%2frd%22%c3%a4%3c", "p%40ss+w%2Frd%22%C3%A4%3C",
            #"p@ss w/rd\"ä<"#, "p@ss w/rd&quot;ä&lt;",
        ]
        for form in forms {
            #expect(scrubber.scrub("GET /login?u=ann&p=\(form)&x=1") == "GET /login?u=ann&p={pw}&x=1", "\(form)")
        }
        #expect(scrubber.secretsFound(in: Array("body p%40ss+w%2Frd%22%C3%A4%3C".utf8)) == ["pw"])
        #expect(scrubber.secretsFound(in: Array("p@ss w/rd".utf8)) == [])
    }

    @Test("JSON keys, strings and numbers holding a secret are scrubbed, the rest is left as it was")
    func json() {
        let scrubber = SecretScrubber([("pin", "4711"), ("token", "tok-9")])
        let value = JSONValue.object([
            .init("pin", .number(4711)), .init("note", .string("code 4711, token tok-9")),
            .init("tok-9", .array([.bool(true), .null, .number(12)])),
        ])
        #expect(
            scrubber.scrub(value)
                == .object([
                    .init("pin", .string("{pin}")), .init("note", .string("code {pin}, token {token}")),
                    .init("{token}", .array([.bool(true), .null, .number(12)])),
                ]))
    }

    @Test("empty values are ignored, and a task's secrets are its string parameters named in secrets")
    func fromTask() {
        #expect(SecretScrubber([("empty", "")]).isEmpty)
        let input = TaskInput(
            task: "log in", parameters: [.init("user", .string("ann")), .init("password", .string("s3cret!"))],
            secrets: ["password"])
        let scrubber = SecretScrubber(input)
        #expect(scrubber.scrub("ann logs in with s3cret!") == "ann logs in with {password}")
    }
}
