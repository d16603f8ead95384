import Testing
import WTRuntime
import WTTestSupport

@Suite("Locators, scopes and URLs")
struct LocatorTests {
    static let page = FakePage(
        "http://fake.test/dir/index.html", title: "Index",
        elements: [
            "h2": [FakeElement("Outside")],
            ".card": [FakeElement(children: ["h2": [FakeElement("Inside")], "button": [FakeElement("Go")]])],
            "#query em": [FakeElement("Beta")],
            #"text "Beta""#: [.link("Beta", href: "beta.html")],
            ".present": [FakeElement("here")],
        ])
    static let beta = FakePage("http://fake.test/dir/beta.html", title: "Beta")

    @Test("within scopes the locators of its block to the element")
    func withinScope() async throws {
        var harness = Harness([Self.page])
        let result = try await harness.succeed(
            """
            program "scoped"

            output inside: string
            output outside: string

            open "http://fake.test/dir/index.html"
            within ".card" {
              extract inside = text "h2"
              click "button"
            }
            extract outside = text "h2"
            """)
        #expect(result.json(pretty: false) == #"{"inside":"Inside","outside":"Outside"}"#)
        // "button" exists only inside the card: the click found it through the scope.
        #expect(harness.site.log.contains(#"click "button""#))
    }

    @Test("a value read from the page is interpolated into the next locator")
    func interpolatedLocator() async throws {
        var harness = Harness([Self.page, Self.beta])
        let result = try await harness.succeed(
            """
            program "chosen"

            output landed: string

            open "http://fake.test/dir/index.html"
            extract chosen = text "#query em"
            click text "{chosen}"
            let landed = title
            """)
        #expect(result[output: "landed"] == .string("Beta"))
        #expect(harness.site.log.contains(#"click text "Beta""#))
    }

    @Test("open resolves a relative address against the current page, with interpolation")
    func relativeOpen() async throws {
        var harness = Harness([Self.page, Self.beta])
        harness.parameters = ["name=beta"]
        _ = try await harness.succeed(
            """
            program "relative"

            param name: string

            open "http://fake.test/dir/index.html"
            open "{name}.html"
            open "/dir/index.html"
            """)
        #expect(
            harness.site.log == [
                "open http://fake.test/dir/index.html", "open http://fake.test/dir/beta.html",
                "open http://fake.test/dir/index.html", "close",
            ])
    }

    @Test("a relative address with no page open fails clearly")
    func relativeWithoutPage() async throws {
        var harness = Harness([Self.page])
        let failure = try await harness.fail(
            """
            program "nowhere"

            open "index.html"
            """)
        #expect(failure.id == "run.invalid-url")
        #expect(
            failure.message == "cannot open 'index.html': it is relative, and no page is open to resolve it against")
    }

    @Test("choices are tried in order and the first that matches wins")
    func fallbacks() async throws {
        var harness = Harness([Self.page])
        let result = try await harness.succeed(
            """
            program "fallback"

            output found: string

            open "http://fake.test/dir/index.html"
            extract found = text ".missing" | ".present"
            """)
        #expect(result[output: "found"] == .string("here"))
    }

    @Test("interpolating a null fails the step and names the value")
    func nullInterpolation() async throws {
        var harness = Harness([Self.page])
        let source = """
            program "null"

            param wanted: string?

            open "http://fake.test/dir/index.html"
            1️⃣click text "{wanted}"
            """
        let failure = try await harness.fail(source)
        #expect(failure.id == "run.null-value")
        #expect(failure.message == "'{wanted}' is null, so it cannot be put into a string")
        #expect(failure.offset == MarkedSource(source)["1️⃣"])
    }
}
