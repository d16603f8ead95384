import Testing
import WTExtract

@Suite("Field kinds")
struct FieldKindTests {
    let document: HTMLDocument

    init() throws {
        document = try HTMLDocument(
            html: """
                <h1> The  Shop </h1>
                <div class=p data-sku=A1><a class=name href="/item/1">Tea <b>green</b></a>
                  <span class=price>$1,234.50</span><span class=qty>3 left</span>
                  <time>29 Nov 2026</time><span class=stock>yes</span></div>
                <div class=p data-sku=B2><a class=name href="javascript:void(0)">Mug</a><span class=price>twelve</span></div>
                <div class=p><a class=name>No link</a><img src="img/mug.png"></div>
                """,
            url: "https://shop.example/list/")
    }

    func extract(_ kind: FieldKind, _ css: String, optional: Bool = false) throws -> ExtractedValue {
        try document.extract(kind, CompiledSelector(css: css), optional: optional)
    }

    @Test("scalar kinds read the first match")
    func scalars() throws {
        #expect(try extract(.text, "h1") == .string("The Shop"))
        #expect(try extract(.text, ".name") == .string("Tea green"))
        #expect(try extract(.html, ".name b") == .string("<b>green</b>"))
        #expect(try extract(.number, ".price") == .number(1234.5))
        #expect(try extract(.int, ".qty") == .int(3))
        #expect(try extract(.url, ".name") == .url("https://shop.example/item/1"))
        #expect(try extract(.url, "img") == .url("https://shop.example/list/img/mug.png"))
        #expect(try extract(.url, ".name::attr(href)") == .url("https://shop.example/item/1"))
        #expect(try extract(.date, "time") == .date("2026-11-29"))
        #expect(try extract(.bool, ".stock") == .bool(true))
        #expect(try extract(.attr("data-sku"), ".p") == .string("A1"))
        #expect(try extract(.text, ".p ::text") == .string("Tea"))
    }

    @Test("list kinds read every match and skip what has nothing to give")
    func lists() throws {
        #expect(try extract(.texts, ".name") == .list([.string("Tea green"), .string("Mug"), .string("No link")]))
        #expect(
            try extract(.urls, ".name, img")
                == .list([.url("https://shop.example/item/1"), .url("https://shop.example/list/img/mug.png")]))
        #expect(try extract(.attrs("data-sku"), ".p") == .list([.string("A1"), .string("B2")]))
        #expect(try extract(.texts, ".missing") == .list([]))
        #expect(try extract(.urls, ".missing") == .list([]))
    }

    @Test("exists and count never fail")
    func existsAndCount() throws {
        #expect(try extract(.exists, ".p") == .bool(true))
        #expect(try extract(.exists, ".missing") == .bool(false))
        #expect(try extract(.count, ".p") == .int(3))
        #expect(try extract(.count, ".missing") == .int(0))
    }

    @Test("a missing element fails, naming the selector, unless the field is optional")
    func missing() throws {
        let error = #expect(throws: ExtractError.self) { try extract(.text, ".missing") }
        #expect(error?.message == "no element matches \".missing\"; mark the field optional if it may be absent")
        #expect(error?.id == "extract.no-match")
        #expect(try extract(.number, ".missing", optional: true) == .null)
        #expect(try extract(.attr("title"), "h1", optional: true) == .null)
        let attribute = #expect(throws: ExtractError.self) { try extract(.attr("title"), "h1") }
        #expect(attribute?.message == "the element matching \"h1\" has no attribute 'title'")
    }

    @Test("a value that cannot be read fails even when optional, quoting the text and the selector")
    func unreadable() {
        let error = #expect(throws: ExtractError.self) { try extract(.number, ".p + .p .price", optional: true) }
        #expect(error?.message == "cannot read \"twelve\" as a number (selected by \".p + .p .price\")")
        let link = #expect(throws: ExtractError.self) { try extract(.url, ".p + .p .name") }
        #expect(link?.id == "extract.not-a-url")
    }

    @Test("values print as compact JSON with fields in order")
    func json() {
        let value = ExtractedValue.list([
            .record([.init("name", .string("a \"b\"\n")), .init("n", .number(2)), .init("x", .number(0.5))]),
            .record([.init("ok", .bool(true)), .init("none", .null), .init("i", .int(-3))]),
        ])
        #expect(value.json == #"[{"name":"a \"b\"\n","n":2,"x":0.5},{"ok":true,"none":null,"i":-3}]"#)
        #expect(value[field: "name"] == nil)
        #expect(ExtractedValue.record([.init("k", .int(1))])[field: "k"] == .int(1))
    }
}
