import Testing
import WTRuntime
import WTTestSupport

@Suite("Form steps, back and download")
struct FormStepTests {
    static let form = FakePage(
        "http://fake.test/quote", title: "Quote",
        elements: [
            #"label "Full name""#: [FakeElement()], "#country": [FakeElement()], "#age": [FakeElement()],
            #"testid "newsletter""#: [FakeElement()], "input[name=plan]": [FakeElement()],
            #"role button "Next""#: [FakeElement("Next")],
            "a.report": [.link("Report", href: "/files/report.pdf")],
        ],
        onClick: [#"role button "Next""#: .navigate("/quote/2")])
    static let second = FakePage("http://fake.test/quote/2", title: "Step 2")

    @Test("fill, select, check and uncheck hand the driver their values; back returns to the form")
    func formSteps() async throws {
        var harness = Harness([Self.form, Self.second])
        let observer = RecordingObserver()
        harness.observer = observer
        let result = try await harness.succeed(
            """
            program "form"

            param name: string = "Ada Lovelace"

            output back_at: url

            open "http://fake.test/quote"
            fill label "Full name" with name
            fill "#age" with 36
            select "#country" option "United Kingdom"
            check "input[name=plan]"
            uncheck testid "newsletter"
            click role button "Next" timeout 5s
            expect url ~ "/quote/2$"
            back
            let back_at = url
            """)
        #expect(result[output: "back_at"] == .url("http://fake.test/quote"))
        #expect(
            harness.site.log == [
                "open http://fake.test/quote", #"fill label "Full name" = Ada Lovelace"#, ##"fill "#age" = 36"##,
                ##"select "#country" option United Kingdom"##, #"check "input[name=plan]""#,
                #"uncheck testid "newsletter""#, #"click role button "Next""#, "back", "close",
            ])
        #expect(observer.summaries.contains(#"click role button "Next" timeout 5s"#))
        #expect(observer.summaries.contains(##"select "#country" option "United Kingdom""##))
        #expect(observer.events.last?.url == "http://fake.test/quote")
    }

    @Test("download stores a file value, written in JSON with name, path, media type and size")
    func download() async throws {
        var harness = Harness([Self.form])
        harness.site.serve(
            "http://fake.test/files/report.pdf",
            as: FileRef(path: "/runs/7/report.pdf", name: "report.pdf", mediaType: "application/pdf", size: 2048))
        let result = try await harness.succeed(
            """
            program "report"

            output report: file

            open "http://fake.test/quote"
            download "a.report" into report
            """)
        #expect(
            result.json(pretty: true) == """
                {
                  "report": {
                    "name": "report.pdf",
                    "path": "/runs/7/report.pdf",
                    "mediaType": "application/pdf",
                    "size": 2048
                  }
                }

                """)
    }

    @Test("an element matched several times fails an action unless the locator says first")
    func ambiguousAction() async throws {
        let page = FakePage("http://fake.test/", elements: ["li": [FakeElement("a"), FakeElement("b")]])
        var harness = Harness([page])
        let failure = try await harness.fail(
            """
            program "many"

            open "http://fake.test/"
            click first "li"
            click "li"
            """)
        #expect(failure.id == "run.ambiguous")
        #expect(failure.line == 5)
        #expect(
            failure.message == #"click "li": 2 elements match on http://fake.test/; write 'first' to take the first"#)
    }
}
