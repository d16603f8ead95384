import Foundation
import Testing
import WTHTTP

@Suite("Form encoding")
struct FormEncodingTests {
    @Test(
        "each value is encoded as a browser encodes it",
        arguments: [
            ("a b", "a+b"), ("AZaz09*-._", "AZaz09*-._"), ("~!'()", "%7E%21%27%28%29"), ("&=+%", "%26%3D%2B%25"),
            ("ü", "%C3%BC"), ("😀", "%F0%9F%98%80"), ("a/b?c#d", "a%2Fb%3Fc%23d"), ("", ""),
        ])
    func encodesValue(input: String, expected: String) {
        #expect(HTTPBody.formURLEncoded([("k", input)]) == "k=" + expected)
    }

    @Test(
        "line breaks become CR LF as in a submitted textarea",
        arguments: [("a\nb", "a%0D%0Ab"), ("a\r\nb", "a%0D%0Ab"), ("a\rb", "a%0D%0Ab"), ("\n\n", "%0D%0A%0D%0A")])
    func normalisesLineBreaks(input: String, expected: String) {
        #expect(HTTPBody.formURLEncoded([("k", input)]) == "k=" + expected)
    }

    @Test("pairs keep their order and repeated names")
    func keepsOrder() {
        let fields = [("b", "2"), ("a", "1"), ("b", "3"), ("full name", "x y")]
        #expect(HTTPBody.formURLEncoded(fields) == "b=2&a=1&b=3&full+name=x+y")
        #expect(HTTPBody.formURLEncoded([]) == "")
    }

    @Test("each body kind names its content type")
    func contentTypes() {
        #expect(HTTPBody.form([]).contentType == "application/x-www-form-urlencoded")
        #expect(HTTPBody.json(Data()).contentType == "application/json")
        #expect(HTTPBody.raw(Data(), contentType: "text/csv").contentType == "text/csv")
    }
}
