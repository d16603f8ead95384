import Testing
import WTSelector

/// Arbitrary input never crashes or hangs the parsers, and every error has a position inside the text.
struct RobustnessTests {
    static let longSelectors = [
        "html > body div#main.content ul.list > li:nth-child(2n+1 of .item):not(.hidden, [aria-hidden=\"true\" i])"
            + " ~ li + li a[href^='https://' i]:has(> img, + span.badge):is(:first-child, :last-of-type)::attr(href)",
        "ns|a, *|b, |c, ns|*[xlink|href], [*|lang|=en] :lang(en-US):contains('a \\\"b\\\" c') ::text",
        "/* c */ .a\\:b\\31 23 > #\\31 x:where(p:nth-last-of-type( -n + 3 ), :nth-of-type(odd)) , :root:empty",
    ]

    static let longExpressions = [
        "//div[@class='a' and (position() mod 2 = 0 or last() - 1 > 3)]/ancestor-or-self::node()[1]"
            + "/following-sibling::*[self::p | self::ul][not(@hidden)]//text()",
        "count(/descendant::a[starts-with(@href, \"http\")]) * -2 div $x:y != sum(//li/@n) | id('x')/@*",
        "processing-instruction('pi') | comment() | ../..//svg:* | (.)[.= 1.5]",
    ]

    /// Checks the contract for one input: no crash (the call returns), and a valid position on error.
    static func checkContract(_ text: String, css: Bool) {
        let error = css ? CSSSelectorParser.check(text) : XPathSyntax.check(text)
        guard let error else { return }
        let count = text.utf8.count
        #expect(error.offset >= 0 && error.offset <= count, "offset \(error.offset) in '\(text)'")
        #expect(error.length >= 0 && error.offset + error.length <= count, "length \(error.length) in '\(text)'")
        #expect(!error.message.isEmpty)
    }

    @Test("the long samples are valid")
    func samplesAreValid() {
        for s in Self.longSelectors { #expect(CSSSelectorParser.check(s) == nil, "\(s)") }
        for s in Self.longExpressions { #expect(XPathSyntax.check(s) == nil, "\(s)") }
    }

    @Test("every prefix of a long selector or expression parses or fails with a position inside it")
    func prefixes() {
        for (samples, css) in [(Self.longSelectors, true), (Self.longExpressions, false)] {
            for sample in samples {
                let bytes = Array(sample.utf8)
                for end in 0...bytes.count {
                    Self.checkContract(String(decoding: bytes[..<end], as: UTF8.self), css: css)
                }
            }
        }
    }

    @Test("random byte mutations of the samples parse or fail with a position inside the text")
    func mutations() {
        var random = SplitMix64(seed: 0x5EED_CAFE)
        let alphabet = Array("()[]:,.*|#>~+-=!'\"\\/ \n@$0123456789nabcdiv".utf8) + [0x00, 0xC3, 0xA9, 0xFF]
        var count = 0
        for (samples, css) in [(Self.longSelectors, true), (Self.longExpressions, false)] {
            for sample in samples {
                for _ in 0..<1_000 {
                    var bytes = Array(sample.utf8)
                    for _ in 0..<(1 + Int(random.next() % 4)) { mutate(&bytes, alphabet: alphabet, random: &random) }
                    Self.checkContract(String(decoding: bytes, as: UTF8.self), css: css)
                    count += 1
                }
            }
        }
        #expect(count == 6_000)
    }

    private func mutate(_ bytes: inout [UInt8], alphabet: [UInt8], random: inout SplitMix64) {
        let byte = alphabet[Int(random.next() % UInt64(alphabet.count))]
        let at = bytes.isEmpty ? 0 : Int(random.next() % UInt64(bytes.count))
        switch random.next() % 3 {
        case 0 where !bytes.isEmpty: bytes[at] = byte
        case 1 where !bytes.isEmpty: bytes.remove(at: at)
        default: bytes.insert(byte, at: at)
        }
    }

    @Test("deeply nested :not() fails at the nesting limit instead of overflowing the stack")
    func deepCSSNesting() {
        let depth = 10_000
        let text = String(repeating: ":not(", count: depth) + "a" + String(repeating: ")", count: depth)
        let error = CSSSelectorParser.check(text)
        #expect(error?.message.contains("nested too deeply") == true)
        #expect(error?.offset == CSSSelectorParser.maximumNesting * ":not(".utf8.count)
        let atLimit = CSSSelectorParser.maximumNesting
        let ok = String(repeating: ":is(", count: atLimit) + "a" + String(repeating: ")", count: atLimit)
        #expect(CSSSelectorParser.check(ok) == nil)
    }

    @Test("deeply nested parentheses and predicates fail at the nesting limit")
    func deepXPathNesting() {
        let depth = 10_000
        let parens = String(repeating: "(", count: depth) + "1" + String(repeating: ")", count: depth)
        #expect(XPathSyntax.check(parens)?.offset == XPathSyntax.maximumNesting)
        let predicates = String(repeating: "a[", count: depth) + "1" + String(repeating: "]", count: depth)
        #expect(XPathSyntax.check(predicates)?.message.contains("nested too deeply") == true)
        let minus = String(repeating: "-", count: depth) + "1"
        #expect(XPathSyntax.check(minus) == nil)
        let atLimit = XPathSyntax.maximumNesting
        #expect(
            XPathSyntax.check(String(repeating: "(", count: atLimit) + "1" + String(repeating: ")", count: atLimit))
                == nil)
    }

    @Test("long flat input is handled in linear passes")
    func longFlatInput() {
        let selector = Array(repeating: "div > p.a", count: 5_000).joined(separator: ", ")
        #expect(CSSSelectorParser.check(selector) == nil)
        let expression = Array(repeating: "a/b[1]", count: 5_000).joined(separator: " | ")
        #expect(XPathSyntax.check(expression) == nil)
    }
}

/// A small seeded generator (SplitMix64) so mutation runs are reproducible.
struct SplitMix64 {
    var state: UInt64
    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
