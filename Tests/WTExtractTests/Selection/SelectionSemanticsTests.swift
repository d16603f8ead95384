import Testing
import WTExtract
import WTSelector

/// Selector behaviour beyond the conformance corpus: form state, context, case rules, XPath.
@Suite("Selection semantics")
struct SelectionSemanticsTests {
    func ids(_ css: String, in html: String) throws -> [String] {
        let document = try HTMLDocument(html: html, url: nil)
        return try document.select(CompiledSelector(css: css)).map { $0.attribute("id") ?? "?" }
    }

    @Test("a drop-down with no selected option shows its first enabled one, as browsers select it")
    func defaultOption() throws {
        let html = """
            <select><option id=a disabled>A<option id=b>B<option id=c>C</select>
            <select><option id=d selected>D<option id=e selected>E</select>
            <select multiple><option id=f selected>F<option id=g selected>G<option id=h>H</select>
            <select size=3><option id=i>I</select>
            <datalist><option id=j selected>J</datalist>
            """
        #expect(try ids("option:checked", in: html) == ["b", "e", "f", "g", "j"])
    }

    @Test(":checked, :indeterminate, :enabled and :disabled follow the HTML standard")
    func formStates() throws {
        let html = """
            <form><input type=RADIO name=r id=r1><input type=radio name=r id=r2 checked>
            <input type=radio name=s id=s1></form><input type=radio name=r id=r3>
            <input type=checkbox id=c1 checked><input id=t1 checked><progress id=p1></progress><progress id=p2 value=1>
            <fieldset disabled id=f1><legend id=l1><input id=in1></legend><legend><input id=in2></legend>
              <fieldset id=f2><legend><input id=in3></legend></fieldset></fieldset>
            <select><optgroup disabled id=g1><option id=o1>x</optgroup><option id=o2 disabled>y</select>
            <button id=b1>b</button><a href=x id=a1>a</a>
            """
        #expect(try ids(":checked", in: html) == ["r2", "c1"])
        #expect(try ids(":indeterminate", in: html) == ["s1", "r3", "p1"])
        #expect(try ids(":disabled", in: html) == ["f1", "in2", "f2", "in3", "g1", "o1", "o2"])
        #expect(try ids("input:enabled", in: html) == ["r1", "r2", "s1", "r3", "c1", "t1", "in1"])
        #expect(try ids("button:enabled, a:enabled", in: html) == ["b1"])
    }

    @Test("legacy attributes compare values without case; the s flag is rejected, as Chromium rejects it")
    func attributeCase() throws {
        let html = "<input id=a type=CheckBox><a id=b rel=NoFollow data-k=Up><a id=c data-k=up>"
        #expect(try ids("input[type=checkbox]", in: html) == ["a"])
        #expect(try ids("[rel=nofollow]", in: html) == ["b"])
        #expect(throws: ExtractError.self) { try ids("[rel=nofollow s]", in: html) }
        #expect(try ids("[data-k=up]", in: html) == ["c"])
        #expect(try ids("[data-k=UP i]", in: html) == ["b", "c"])
        #expect(try ids("[data-k^='' i], [data-k$=''], [data-k*='']", in: html).isEmpty)
    }

    @Test("from a context element, selectors start at the element itself and stay inside it")
    func context() throws {
        let document = try HTMLDocument(
            html: "<div class=card id=c1><h2 id=h1>A</h2><div class=card id=c2><h2 id=h2>B</h2></div></div>", url: nil)
        let inner = try #require(try document.select(CompiledSelector(css: "#c2")).first)
        func ids(_ css: String) throws -> [String] {
            try document.select(CompiledSelector(css: css), in: inner).map { $0.attribute("id") ?? "?" }
        }
        #expect(try ids(".card") == ["c2"])
        #expect(try ids(".card h2") == ["h2"])
        #expect(try ids("#c1 h2").isEmpty)
        #expect(try ids(":scope > h2") == ["h2"])
        #expect(try ids("h2:not(:scope *)").isEmpty)
        #expect(try ids(":is(#c1 *)") == ["c2", "h2"])
    }

    @Test("of-S, namespaces and odd names translate as browsers read them")
    func moreSyntax() throws {
        let html = "<ul><li id=a class=x><li id=b><li id=c class=x><li id=d class=x></ul><p id=p>"
        #expect(try ids("li:nth-child(2 of .x)", in: html) == ["c"])
        #expect(try ids("li:nth-last-child(odd of .x)", in: html) == ["a", "d"])
        #expect(try ids("*|p, p:first-of-type:last-of-type", in: html) == ["p"])
        #expect(try ids("|p", in: html).isEmpty)
        #expect(try ids("LI:NTH-OF-TYPE(2n)", in: html) == ["b", "d"])
        let error = #expect(throws: ExtractError.self) { try CompiledSelector(css: "svg|rect") }
        #expect(error?.id == "extract.unsupported-selector")
        #expect(error?.message.contains("'svg' is not declared") == true)
    }

    @Test("the translator writes relative XPath 1.0; the engine matches classes with wt:has-class()")
    func translation() throws {
        #expect(
            try CSSToXPath.translate(CSSSelectorParser.parse("div.a > p"))
                == "descendant-or-self::div[contains(concat(' ', normalize-space(@class), ' '), ' a ')]/p")
        #expect(try CompiledSelector(css: "div.a > p").xpath == "descendant-or-self::div[wt:has-class('a')]/p")
        #expect(
            try CompiledSelector(css: "a[href$='.pdf' i]::attr(href)").xpath
                == "descendant-or-self::a[@href and substring(translate(@href, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', "
                + "'abcdefghijklmnopqrstuvwxyz'), string-length(translate(@href, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', "
                + "'abcdefghijklmnopqrstuvwxyz')) - string-length('.pdf') + 1) = '.pdf']/@href")
        #expect(
            try CompiledSelector(css: "h1 + p::text").xpath
                == "descendant-or-self::h1/following-sibling::*[1][self::p]/text()")
        #expect(
            try CompiledSelector(css: "[title=\"it's \\\"x\\\"\"]").xpath
                == "descendant-or-self::*[@title = concat('it', \"'\", 's \"x\"')]")
    }

    @Test("XPath is used as is, and may compute values")
    func xpath() throws {
        let document = try HTMLDocument(html: "<a href=/1>one</a><a href=/2>two</a>", url: "https://e.com/")
        #expect(try document.select(CompiledSelector(xpath: "//a[2]/@href")).map(\.value) == ["/2"])
        #expect(try document.extract(.count, .xpath("count(//a)")) == .int(2))
        #expect(try document.extract(.text, .xpath("string(//a[1])")) == .string("one"))
        #expect(try document.extract(.exists, .xpath("boolean(//table)")) == .bool(false))
        let notNodes = #expect(throws: ExtractError.self) { try document.select(CompiledSelector(xpath: "count(//a)")) }
        #expect(notNodes?.id == "extract.not-nodes")
    }

    @Test("invalid selectors fail at compile time with the selector quoted")
    func invalid() {
        let css = #expect(throws: ExtractError.self) { try CompiledSelector(css: "div >") }
        #expect(css?.message.hasPrefix("invalid CSS selector \"div >\": ") == true)
        let xpath = #expect(throws: ExtractError.self) { try CompiledSelector(xpath: "//div[") }
        #expect(xpath?.message.hasPrefix("invalid XPath \"//div[\": ") == true)
        let function = #expect(throws: ExtractError.self) {
            try HTMLDocument(html: "<p>", url: nil).select(CompiledSelector(xpath: "//p[nosuch()]"))
        }
        #expect(function?.id == "extract.xpath-failed")
    }
}
