import Testing
import WTRuntime
import WTTestSupport

/// `json "path"` on the fake driver: how values are shaped into the declared types, and what a failure says.
@Suite("JSON extraction")
struct JSONExtractionTests {
    static let api = {
        var page = FakePage("http://fake.test/api", title: "")
        page.json = """
            {"meta": {"count": "2", "ok": "yes"}, "rows": [
              {"firstName": "Ada", "Last Name": "Lovelace", "id": 7, "score": 9.5, "tags": ["a", "b"]},
              {"firstName": "Alan", "Last Name": "Turing", "id": 8, "score": null, "tags": []}]}
            """
        return page
    }()

    @Test("records are filled by key (as written, or camelCase and spaced keys in snake case), scalars read as text is")
    func shaping() async throws {
        var harness = Harness([Self.api])
        let result = try await harness.succeed(
            """
            program "api"

            output rows: [{ first_name: string, last_name: string, id: string, score: number?, tags: [string] }]
            output count_text: string
            output n: int
            output ok: bool
            output tags: [string]

            open "http://fake.test/api"
            extract rows = json "rows"
            extract count_text = json "meta.count"
            extract n = json "meta.count"
            extract ok = json "meta.ok"
            extract tags = json "rows[*].tags[*]"
            """)
        #expect(
            result.json(pretty: false)
                == #"{"rows":[{"first_name":"Ada","last_name":"Lovelace","id":"7","score":9.5,"tags":["a","b"]},"#
                + #"{"first_name":"Alan","last_name":"Turing","id":"8","score":null,"tags":[]}],"#
                + #""count_text":"2","n":2,"ok":true,"tags":["a","b"]}"#)
    }

    @Test("an HTML page has no JSON to read; a missing index names what is there; an optional target is null")
    func failures() async throws {
        var harness = Harness([Self.api, FakePage("http://fake.test/html", title: "Page")])
        let html = try await harness.fail(
            "program \"p\"\n\noutput n: int\n\nopen \"http://fake.test/html\"\nextract n = json \"n\"\n")
        #expect(html.id == "run.bad-response")
        #expect(html.diagnostic.text.contains("is not a JSON document"), "\(html.diagnostic.text)")
        let index = try await harness.fail(
            "program \"p\"\n\noutput n: string\n\nopen \"http://fake.test/api\"\nextract n = json \"rows[5].id\"\n")
        #expect(
            index.diagnostic.text.contains("has no element [5] at $.rows; it is an array of 2"),
            "\(index.diagnostic.text)")
        let optional = try await harness.succeed(
            "program \"p\"\n\noutput n: string?\n\nopen \"http://fake.test/api\"\nextract n = json \"rows[5].id\"\n")
        #expect(optional.json(pretty: false) == #"{"n":null}"#)
    }
}
