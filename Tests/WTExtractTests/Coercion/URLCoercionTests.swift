import Testing
import WTExtract

@Suite("URL coercion")
struct URLCoercionTests {
    static let base = "https://example.com/shop/list.html?page=2"

    @Test(
        "relative links resolve against the base",
        arguments: [
            ("item/7", "https://example.com/shop/item/7"), ("/about", "https://example.com/about"),
            ("../x", "https://example.com/x"), ("?page=3", "https://example.com/shop/list.html?page=3"),
            ("#top", "https://example.com/shop/list.html?page=2#top"),
            ("//cdn.example.net/a.png", "https://cdn.example.net/a.png"),
            ("  item/7\n", "https://example.com/shop/item/7"), ("it\nem/7", "https://example.com/shop/item/7"),
        ])
    func resolves(_ text: String, _ expected: String) throws {
        #expect(try Coercion.url(text, base: Self.base) == expected)
    }

    @Test("absolute URLs of any scheme but javascript: are kept")
    func absolute() throws {
        #expect(try Coercion.url("https://other.org/a?b=c", base: Self.base) == "https://other.org/a?b=c")
        #expect(try Coercion.url("mailto:sales@example.com", base: Self.base) == "mailto:sales@example.com")
        #expect(try Coercion.url("tel:+441234", base: nil) == "tel:+441234")
    }

    @Test("javascript:, empty and unresolvable links fail with the reason")
    func failures() {
        let js = #expect(throws: ExtractError.self) { try Coercion.url("javascript:void(0)", base: Self.base) }
        #expect(js?.message == "cannot read \"javascript:void(0)\" as a URL: it is a javascript: link, not an address")
        let empty = #expect(throws: ExtractError.self) { try Coercion.url("  ", base: Self.base) }
        #expect(empty?.message == "cannot read \"  \" as a URL: it is empty")
        let relative = #expect(throws: ExtractError.self) { try Coercion.url("a/b", base: nil) }
        #expect(relative?.message.contains("no URL to resolve it against") == true)
    }
}
