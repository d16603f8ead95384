import Testing
import WTExtract

@Suite("Text normalisation")
struct TextNormalisationTests {
    /// The text of the element with id `t` in `html`.
    static func text(_ html: String) throws -> String {
        let document = try HTMLDocument(html: html, url: nil)
        return try document.select(CompiledSelector(css: "#t")).first?.text ?? "<nothing selected>"
    }

    static let table: [(String, String)] = [
        ("<p id=t>  Hello \n\t  <b>world</b>  </p>", "Hello world"),
        ("<span id=t><span>a</span><span>b</span> <span>c</span></span>", "ab c"),
        ("<div id=t><div>one</div><div>two</div></div>", "one\ntwo"),
        ("<div id=t><p>one</p>\n\n<p>two</p><p></p><p>three</p></div>", "one\ntwo\nthree"),
        ("<p id=t>line<br>break<br><br>twice</p>", "line\nbreak\ntwice"),
        ("<ul id=t>\n <li>one</li>\n <li>two <i>2</i></li>\n</ul>", "one\ntwo 2"),
        (
            "<table id=t><tr><th>Name</th><th>Price</th></tr><tr><td>Tea</td><td> 3 </td></tr></table>",
            "Name\tPrice\nTea\t3"
        ),
        ("<p id=t>x<script>var a = '<b>'</script>y<style>p{}</style>z<template>t</template></p>", "xyz"),
        ("<div id=t>a<noscript>enable JS</noscript><iframe>frame</iframe> b</div>", "a b"),
        (
            "<div id=t>shown <span hidden>hidden</span><span style='color:red; DISPLAY : none'>gone</span>too</div>",
            "shown too"
        ),
        ("<p id=t>a&nbsp;&nbsp;b&amp;c &lt;d&gt;</p>", "a b&c <d>"),
        ("<pre id=t>  keep\n    indentation  </pre>", "keep\n    indentation"),
        ("<div id=t>before<pre>a  b</pre>after</div>", "before\na  b\nafter"),
        ("<select id=t><option>One<option selected>Two</select>", "One\nTwo"),
        ("<h1 id=t>Title <small>sub</small></h1>", "Title sub"),
        ("<p id=t>caf\u{E9} \u{1F600} \u{202F}x</p>", "caf\u{E9} \u{1F600} \u{202F}x"),
        ("<div id=t hidden>the selected node itself always shows</div>", "the selected node itself always shows"),
        ("<p id=t><!-- a comment --></p>", ""),
    ]

    @Test("text reads as a reader sees it", arguments: table)
    func normalised(_ html: String, _ expected: String) throws {
        #expect(try Self.text(html) == expected)
    }

    @Test("a selected script yields its source, so JSON-LD can be read")
    func scriptSource() throws {
        let html = "<script id=t type='application/ld+json'>\n  {\"name\": \"A  B\",\n \"x\": 1}\n</script>"
        #expect(try Self.text(html) == "{\"name\": \"A  B\",\n \"x\": 1}")
    }

    @Test("::text nodes and attributes are collapsed too, while value keeps them raw")
    func textNodesAndAttributes() throws {
        let document = try HTMLDocument(html: "<p title='  a   b '>\n  one\n  two </p>", url: nil)
        let text = try #require(try document.select(CompiledSelector(css: "p::text")).first)
        #expect(text.kind == .text)
        #expect(text.text == "one two")
        #expect(text.value == "\n  one\n  two ")
        let title = try #require(try document.select(CompiledSelector(css: "p::attr(title)")).first)
        #expect(title.kind == .attribute)
        #expect(title.text == "a b")
        #expect(title.value == "  a   b ")
    }
}
