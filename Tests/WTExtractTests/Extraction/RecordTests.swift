import Testing
import WTExtract

@Suite("Records")
struct RecordTests {
    static let html = """
        <div class=quote><span class=text>“To be.”</span><small class=author>Hamlet</small>
          <a class=tag href=/t/life>life</a><a class=tag href=/t/death>death</a></div>
        <div class=quote><span class=text>“Not to be.”</span><small class=author>Ophelia</small></div>
        <div class=quote><span class=text>Anonymous</span></div>
        """

    func fields(authorOptional: Bool) throws -> [FieldSpec] {
        [
            FieldSpec("text", .text, try CompiledSelector(css: ".text")),
            FieldSpec("author", .text, try CompiledSelector(css: "small.author"), optional: authorOptional),
            FieldSpec("tags", .texts, try CompiledSelector(css: "a.tag")),
            FieldSpec("links", .urls, try CompiledSelector(xpath: ".//a/@href")),
        ]
    }

    @Test("one record per container, fields in order, optional fields null when absent")
    func records() throws {
        let document = try HTMLDocument(html: Self.html, url: "https://quotes.example/")
        let records = try document.extractRecords(
            container: CompiledSelector(css: ".quote"), fields: fields(authorOptional: true))
        #expect(records.count == 3)
        #expect(
            records[0].json
                == #"{"text":"“To be.”","author":"Hamlet","tags":["life","death"],"links":["https://quotes.example/t/life","https://quotes.example/t/death"]}"#
        )
        #expect(records[2][field: "author"] == .null)
        #expect(records[2][field: "tags"] == .list([]))
    }

    @Test("a required field missing in one record fails, naming the record, field and selector")
    func missingRequired() throws {
        let document = try HTMLDocument(html: Self.html, url: nil)
        let error = #expect(throws: ExtractError.self) {
            try document.extractRecords(
                container: CompiledSelector(css: ".quote"), fields: fields(authorOptional: false))
        }
        #expect(
            error?.message
                == "record 3, field 'author': no element matches \"small.author\"; mark the field optional if it may be absent"
        )
    }

    @Test("no containers means no records, and records can be taken inside a context")
    func emptyAndContext() throws {
        let document = try HTMLDocument(
            html: "<section id=a>" + Self.html + "</section><section id=b></section>", url: nil)
        let container = try CompiledSelector(css: ".quote")
        #expect(
            try document.extractRecords(container: CompiledSelector(css: ".none"), fields: fields(authorOptional: true))
                .isEmpty)
        let b = try #require(try document.select(CompiledSelector(css: "#b")).first)
        #expect(try document.extractRecords(container: container, fields: [], in: b).isEmpty)
    }
}
