import Foundation
import Testing
import WTTestSupport

@testable import WTHTTP

@Suite("Content type and charset")
struct CharsetTests {
    @Test(
        "the media type and charset are read from Content-Type",
        arguments: [
            ("text/html; charset=UTF-8", "text/html", "utf-8"),
            ("text/html;charset=\"ISO-8859-1\"", "text/html", "iso-8859-1"),
            ("Text/HTML ; Charset = Windows-1252 ; q=1", "text/html", "windows-1252"),
            ("application/json", "application/json", nil),
            ("text/plain; format=flowed; charset=us-ascii", "text/plain", "us-ascii"),
            ("", nil, nil),
        ] as [(String, String?, String?)])
    func parses(header: String, type: String?, charset: String?) {
        let media = MediaType(parsing: header)
        #expect(media.type == type)
        #expect(media.charset == charset)
    }

    @Test("a Latin-1 page is decoded with its declared charset", arguments: ["iso-8859-1", "utf-8"])
    func decodesDeclaredCharset(charset: String) async throws {
        try await withTestServer { server in
            let response = try await HTTPClient().send(.get(server.url("/charset?charset=\(charset)")))
            #expect(response.contentType == "text/html")
            #expect(response.charset == charset)
            #expect(response.text == "café")
            #expect(response.body.count == (charset == "utf-8" ? 5 : 4))
        }
    }

    @Test("windows-1252 bytes in a Latin-1 page decode as a browser decodes them")
    func latin1MeansWindows1252() {
        let response = HTTPResponse(
            status: 200, finalURL: "http://x/", headers: [("Content-Type", "text/html; charset=iso-8859-1")],
            body: Data([0x93, 0x68, 0x69, 0x94]))
        #expect(response.text == "\u{201C}hi\u{201D}")
    }
}
