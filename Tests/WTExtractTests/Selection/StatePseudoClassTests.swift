import Testing
import WTExtract
import WTSelector

/// The state pseudo-classes and tree rules added to match Chromium, checked without a browser. Each
/// expectation is what Chromium selected on the same markup (SelectorDifferentialTests/Cases, which
/// compares with a live Chromium when one is installed).
@Suite("State pseudo-classes as Chromium has them")
struct StatePseudoClassTests {
    func ids(_ css: String, in html: String) throws -> [String] {
        let document = try HTMLDocument(html: "<!DOCTYPE html>" + html, url: nil)
        return try document.select(CompiledSelector(css: css)).map { $0.attribute("id") ?? "?" }
    }

    @Test(":in-range and :out-of-range read numbers, dates, months, weeks and times, reversed times wrap")
    func ranges() throws {
        let html = """
            <input id=a type=number min=1 max=10 value=5><input id=b type=number min=1 max=10 value=11>
            <input id=c type=number value=5><input id=d type=number min=1 value=abc>
            <input id=e type=date min=2020-01-01 value=2019-12-31><input id=f type=month max=2020-09 value=2020-05>
            <input id=g type=week max=2020-W20 value=2020-W21><input id=h type=time min=22:00 max=06:00 value=23:00>
            <input id=i type=time min=22:00 max=06:00 value=12:00><input id=j type=range min=10 max=20 value=5>
            <input id=k type=number min=1 value=0 disabled>
            """
        #expect(try ids(":in-range", in: html) == ["a", "d", "f", "h", "j"])
        #expect(try ids(":out-of-range", in: html) == ["b", "e", "g", "i"])
    }

    @Test(":required, :optional, :read-write, :placeholder-shown, :default and :defined")
    func formStates() throws {
        let html = """
            <form><input id=a required placeholder=x><input id=b type=range required><textarea id=c readonly>
            </textarea><button id=d>go</button><input id=e type=submit></form>
            <div id=f contenteditable><span id=g>x</span></div><my-el id=h></my-el>
            """
        #expect(try ids(":required", in: html) == ["a"])
        #expect(try ids(":optional", in: html) == ["b", "c", "d", "e"])
        #expect(try ids(":read-write", in: html) == ["a", "f", "g"])
        #expect(try ids(":placeholder-shown", in: html) == ["a"])
        #expect(try ids(":default", in: html) == ["d"])
        #expect(try ids("body :not(:defined)", in: html) == ["h"])
    }

    @Test(":dir() inherits dir and reads the first strong character for dir=auto; :lang() matches prefixes")
    func directionAndLanguage() throws {
        let html = """
            <div id=a dir=rtl><p id=b>x</p></div><div id=c dir=auto>שלום world</div><bdi id=d>latin</bdi>
            <p id=e lang=en-US>x</p><p id=f lang=fr-Latn-FR>y</p>
            """
        #expect(try ids("body :dir(rtl)", in: html) == ["a", "b", "c"])
        #expect(try ids(":lang(en)", in: html) == ["e"])
        #expect(try ids(":lang(fr-FR)", in: html).isEmpty)
        #expect(throws: ExtractError.self) { try ids(":lang(\"en\")", in: html) }
    }

    @Test("user-action pseudo-classes match nothing, except the focus autofocus gives")
    func userAction() throws {
        let html = "<div id=a><input id=b autofocus><p id=c>x</p></div>"
        #expect(try ids(":hover, :active, :visited, :target, :popover-open, :user-invalid", in: html).isEmpty)
        #expect(try ids(":focus", in: html) == ["b"])
        #expect(try ids("body :focus-within", in: html) == ["a", "b"])
    }

    @Test("template contents, an implied head, a stray </p> and quirks mode are what a browser has")
    func tree() throws {
        let html = "<template><p id=t>in</p></template><p id=a>x<section id=s></section></p>"
        #expect(try ids("p", in: html) == ["a", "?"])
        #expect(try ids("p > section", in: html).isEmpty)
        let document = try HTMLDocument(html: "<div id=x class=Foo></div>", url: nil)
        #expect(document.isQuirksMode)
        #expect(try document.select(CompiledSelector(css: ":root > *")).map { $0.tagName } == ["head", "body"])
        #expect(try document.select(CompiledSelector(css: ".foo, #X")).count == 1)
    }

    @Test("an+b values clamp instead of failing; values beyond ±2^30 match nothing, as in Chromium")
    func hugeAnPlusB() throws {
        let html = "<ul><li id=a><li id=b></ul>"
        #expect(try ids("li:nth-child(99999999999)", in: html).isEmpty)
        #expect(try ids("li:nth-child(-n+2000000000)", in: html).isEmpty)
        #expect(try ids("li:nth-child(-n+1000000)", in: html) == ["a", "b"])
    }

    @Test("selectors with our extensions get an XPath route for the browser; standard CSS does not")
    func browserRoute() throws {
        #expect(BrowserSelector.xpathRoute(for: ".item:has(:checked) button") == nil)
        let route = try #require(BrowserSelector.xpathRoute(for: ".item:has(:checked):contains('x') button"))
        #expect(route.marks == [":checked"])
        #expect(!route.xpath.contains("wt:"))
        #expect(route.xpath.contains("@\(CSSToXPath.markerAttribute)0"))
        #expect(route.quirksXPath?.contains("translate(@class") == true)
    }
}
