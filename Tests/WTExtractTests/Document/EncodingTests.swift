import Foundation
import Testing
import WTExtract

@Suite("Encoding detection")
struct EncodingTests {
    /// The text of `<p>` in `bytes` parsed with `contentType`, and how the encoding was chosen.
    func paragraph(_ bytes: [UInt8], contentType: String? = nil) throws -> (
        text: String, encoding: String, source: String
    ) {
        let document = try HTMLDocument(data: Data(bytes), url: nil, contentType: contentType)
        let text = try document.extract(.text, .css("p"))
        guard case .string(let s) = text else { return ("", document.encoding, document.encodingSource) }
        return (s, document.encoding, document.encodingSource)
    }

    func ascii(_ s: String) -> [UInt8] { Array(s.utf8) }

    @Test("a UTF-8 byte order mark is honoured and removed")
    func utf8BOM() throws {
        let result = try paragraph(
            [0xEF, 0xBB, 0xBF] + Array("<p>café</p>".utf8), contentType: "text/html; charset=iso-8859-1")
        #expect(result.text == "café")
        #expect(result.encoding == "UTF-8")
        #expect(result.source == "byte order mark")
    }

    @Test("UTF-16 byte order marks select little- and big-endian decoding")
    func utf16BOM() throws {
        let units = Array("<meta charset=windows-1252><p>café ✓ 𝄞</p>".utf16)
        let little: [UInt8] =
            [0xFF, 0xFE] + units.flatMap { unit -> [UInt8] in [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        let big: [UInt8] = [0xFE, 0xFF] + units.flatMap { unit -> [UInt8] in [UInt8(unit >> 8), UInt8(unit & 0xFF)] }
        #expect(try paragraph(little).text == "café ✓ 𝄞")
        #expect(try paragraph(little).encoding == "UTF-16LE")
        #expect(try paragraph(big).text == "café ✓ 𝄞")
    }

    @Test("the HTTP charset wins over a <meta> charset")
    func headerCharset() throws {
        let bytes = ascii("<meta charset=utf-8><p>caf") + [0xE9] + ascii(" \u{0024}") + [0x80] + ascii("</p>")
        let result = try paragraph(bytes, contentType: "text/html; charset=\"Windows-1252\"")
        #expect(result.text == "café $€")
        #expect(result.source == "HTTP header")
    }

    @Test("<meta charset> and <meta http-equiv> in the first 1024 bytes are found")
    func metaCharset() throws {
        let meta = try paragraph(
            ascii("<html><head><meta charset='windows-1252'></head><p>") + [0x93, 0x61, 0x94] + ascii("</p>"))
        #expect(meta.text == "“a”")
        #expect(meta.source == "meta element")
        let pragma =
            ascii("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\"><p>") + [0x80, 0xFC]
        // Browsers decode ISO-8859-1 as windows-1252, so 0x80 is the euro sign.
        #expect(try paragraph(pragma).text == "€ü")
        #expect(try paragraph(pragma).encoding == "windows-1252")
    }

    @Test("Shift_JIS, EUC-KR and GBK are decoded through iconv")
    func multibyte() throws {
        let sjis = try paragraph(
            ascii("<meta charset=Shift_JIS><p>") + [0x82, 0xA0, 0x93, 0xFA, 0x96, 0x7B] + ascii("</p>"))
        #expect(sjis.text == "あ日本")
        #expect(
            try paragraph(ascii("<p>") + [0xC7, 0xD1, 0xB1, 0xB9], contentType: "text/html;charset=euc-kr").text == "한국"
        )
        #expect(
            try paragraph(ascii("<p>") + [0xD6, 0xD0, 0xCE, 0xC4], contentType: "text/html; charset=gb2312").text
                == "中文")
    }

    @Test("a <meta> inside a comment, or after 1024 bytes, is ignored")
    func ignoredMeta() throws {
        let commented = try paragraph(ascii("<!-- <meta charset=shift_jis> --><p>caf") + [0xC3, 0xA9])
        #expect(commented.source == "valid UTF-8")
        #expect(commented.text == "café")
        let late = try paragraph(
            ascii("<!--" + String(repeating: "x", count: 1100) + "--><meta charset=koi8-r><p>") + [0xC3, 0xA9])
        #expect(late.text == "é")
    }

    @Test("UTF-16 named by a <meta> means UTF-8, and an unknown label falls through")
    func metaFallbacks() throws {
        #expect(try paragraph(ascii("<meta charset=utf-16><p>caf") + [0xC3, 0xA9]).text == "café")
        let unknown = try paragraph(ascii("<meta charset=no-such-encoding><p>caf") + [0xC3, 0xA9])
        #expect(unknown.text == "café")
        #expect(unknown.source == "valid UTF-8")
    }

    @Test("undeclared bytes that are not UTF-8 are read as windows-1252")
    func fallback() throws {
        let result = try paragraph(ascii("<p>na") + [0xEF] + ascii("ve ") + [0x80])
        #expect(result.text == "naïve €")
        #expect(result.source == "windows-1252 fallback")
    }

    @Test("invalid bytes in declared UTF-8 become U+FFFD and the rest of the page survives")
    func repairedUTF8() throws {
        let bytes = ascii("<p>a") + [0xFF, 0xC3] + ascii("b</p><div id=after>still here</div>")
        let document = try HTMLDocument(data: Data(bytes), url: nil, contentType: "text/html; charset=utf-8")
        #expect(try document.extract(.text, .css("p")) == .string("a\u{FFFD}\u{FFFD}b"))
        #expect(try document.extract(.text, .css("#after")) == .string("still here"))
    }
}
