import Foundation
import Testing
import WTExtract

@Suite("Parsing and limits")
struct ParsingTests {
    @Test("malformed and truncated HTML is recovered as a browser would")
    func malformed() throws {
        let document = try HTMLDocument(html: "<div><p>one<p>two <span>unclosed <b>bold</div><p>three", url: nil)
        #expect(
            try document.extract(.texts, .css("p"))
                == .list([.string("one"), .string("two unclosed bold"), .string("three")]))
        for cut in ["<div class=\"a", "<p>x</p><!-- never closed", "<a href='x", "<table><tr><td>1", "<", "&#"] {
            let truncated = try HTMLDocument(html: cut, url: nil)
            #expect(truncated.root != nil, "\(cut)")
        }
    }

    @Test("empty input gives an empty page with <body>")
    func empty() throws {
        let document = try HTMLDocument(data: Data(), url: nil)
        #expect(try document.extract(.count, .css("html > body")) == .int(1))
        #expect(try document.extract(.text, .css("body")) == .string(""))
    }

    @Test("binary garbage never crashes and always yields a document", arguments: [1, 2, 3, 4, 5, 6, 7, 8])
    func garbage(seed: UInt64) throws {
        var state = seed &* 0x9E37_79B9_7F4A_7C15
        let markup = Array("<>/=\"' a\0\u{1}&;#x!-".utf8)
        var bytes = [UInt8](repeating: 0, count: 64 * 1024)
        for i in bytes.indices {
            state ^= state << 13
            state ^= state >> 7
            state ^= state << 17
            // Odd seeds draw from markup characters, so the parser sees many tags, attributes and entities.
            bytes[i] =
                seed.isMultiple(of: 2) ? UInt8(truncatingIfNeeded: state) : markup[Int(state % UInt64(markup.count))]
        }
        let document = try HTMLDocument(data: Data(bytes), url: "https://example.com/")
        #expect(document.root != nil)
        _ = try document.select(CompiledSelector(css: "*"))
        _ = try document.extract(.texts, .css("*"))
        _ = document.root?.outerHTML
    }

    @Test("a document over the size limit fails before parsing, with both sizes")
    func sizeLimit() {
        let error = #expect(throws: ExtractError.self) { try HTMLDocument(data: Data(count: 100 << 20), url: nil) }
        #expect(error?.message == "document is 100.0 MiB; the limit is 64 MiB")
        #expect(error?.id == "extract.document-too-large")
        let small = #expect(throws: ExtractError.self) {
            try HTMLDocument(data: Data(count: 1536), url: nil, limits: DocumentLimits(maximumBytes: 1024))
        }
        #expect(small?.message == "document is 1.5 KiB; the limit is 1 KiB")
    }

    @Test("100,000 nested elements give the depth error, without overflowing the stack")
    func depthLimit() {
        let html = String(repeating: "<div>", count: 100_000) + "deep"
        let error = #expect(throws: ExtractError.self) { try HTMLDocument(html: html, url: nil) }
        #expect(error?.message == "document nests 100,002 elements deep; the limit is 512")
        #expect(error?.id == "extract.document-too-deep")
    }

    @Test("nesting up to the limit is accepted, and a higher limit allows deep documents")
    func depthWithinLimit() throws {
        let html = String(repeating: "<div>", count: 510) + "x"
        #expect(throws: Never.self) { try HTMLDocument(html: html, url: nil) }
        let deep = String(repeating: "<span>", count: 20_000) + "bottom"
        let document = try HTMLDocument(html: deep, url: nil, limits: DocumentLimits(maximumDepth: 30_000))
        #expect(try document.extract(.count, .css("span")) == .int(20_000))
        #expect(try document.extract(.text, .css("body")) == .string("bottom"))
    }

    @Test("rows written directly in a table get the <tbody> a browser adds")
    func impliedTableBody() throws {
        let html = """
            <table id=t><caption>c</caption><tr><td>1</td></tr> <tr><td>2</td></tr></table>
            <table id=u><thead><tr><th>h</th></tr></thead><tbody><tr><td>3</td></tr></tbody></table>
            """
        let document = try HTMLDocument(html: html, url: nil)
        #expect(try document.extract(.texts, .css("#t > tbody > tr")) == .list([.string("1"), .string("2")]))
        #expect(try document.extract(.count, .css("#t > tr, #t tbody + tbody")) == .int(0))
        #expect(try document.extract(.count, .css("#u > tbody")) == .int(1))
        #expect(try document.extract(.text, .css("#t > caption")) == .string("c"))
    }

    @Test("the base URL is the document URL overridden by the first <base href>")
    func baseURL() throws {
        let plain = try HTMLDocument(html: "<a href=x>", url: "https://example.com/a/b.html")
        #expect(plain.baseURL == "https://example.com/a/b.html")
        let based = try HTMLDocument(
            html: "<head><base target=_blank><base href='/shop/'><base href='/other/'></head><a href=item?id=1>",
            url: "https://example.com/a/b.html")
        #expect(based.baseURL == "https://example.com/shop/")
        #expect(try based.extract(.url, .css("a")) == .url("https://example.com/shop/item?id=1"))
        let relative = try HTMLDocument(html: "<base href='/x/'><a href=p>", url: nil)
        #expect(relative.baseURL == nil)
        #expect(throws: ExtractError.self) { try relative.extract(.url, .css("a")) }
        let absolute = try HTMLDocument(html: "<base href='https://cdn.example.org/x/'><img src=p.png>", url: nil)
        #expect(try absolute.extract(.url, .css("img")) == .url("https://cdn.example.org/x/p.png"))
    }
}
