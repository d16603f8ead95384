import Testing
import WTRuntime

@Suite("JSON of values")
struct ValueJSONTests {
    static let value = Value.record([
        .init("name", .string("Tea \"pot\"\n\u{1}")), .init("price", .number(12)), .init("rate", .number(1.25)),
        .init("count", .int(-3)), .init("ok", .bool(true)), .init("none", .null), .init("link", .url("http://x/")),
        .init("day", .date("2026-11-29")), .init("tags", .list([])), .init("meta", .record([])),
        .init("file", .file(FileRef(path: "/runs/1/r.pdf", name: "r.pdf", mediaType: "application/pdf", size: 42))),
    ])

    @Test("compact JSON keeps field order, escapes strings and writes whole numbers without a fraction")
    func compact() {
        #expect(
            Self.value.json(pretty: false)
                == #"{"name":"Tea \"pot\"\n\u0001","price":12,"rate":1.25,"count":-3,"ok":true,"none":null,"#
                + #""link":"http://x/","day":"2026-11-29","tags":[],"meta":{},"#
                + #""file":{"name":"r.pdf","path":"/runs/1/r.pdf","mediaType":"application/pdf","size":42}}"#)
    }

    @Test("pretty JSON indents by two spaces and ends with a newline")
    func pretty() {
        let value = Value.record([.init("a", .list([.int(1), .record([.init("b", .null)])])), .init("c", .list([]))])
        #expect(
            value.json(pretty: true) == "{\n  \"a\": [\n    1,\n    {\n      \"b\": null\n    }\n  ],\n  \"c\": []\n}\n"
        )
    }

    @Test(
        "numbers JSON cannot hold become null; large and fractional ones round-trip",
        arguments: [
            (Value.number(.nan), "null"), (.number(.infinity), "null"), (.number(1e20), "1e+20"), (.number(0.1), "0.1"),
            (.number(-0.0), "0"), (.number(123_456_789_012), "123456789012"),
        ])
    func numbers(value: Value, text: String) {
        #expect(value.json(pretty: false) == text)
    }
}
