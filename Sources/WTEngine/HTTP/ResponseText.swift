import Foundation

/// A document's raw body as text, the way a trace stores it (both drivers use this).
enum ResponseText {
    /// UTF-8 when the bytes are valid UTF-8, else in the `charset` the server named when Foundation knows
    /// it, else Latin-1 (every byte one character, so nothing is lost).
    static func decode(_ body: Data, charset: String?) -> String {
        if let text = String(data: body, encoding: .utf8) { return text }
        if let encoding = charset.flatMap(encoding(named:)), let text = String(data: body, encoding: encoding) {
            return text
        }
        return String(String.UnicodeScalarView(body.map { Unicode.Scalar($0) }))
    }

    private static func encoding(named charset: String) -> String.Encoding? {
        switch charset.lowercased() {
        case "iso-8859-1", "latin1", "us-ascii": .isoLatin1
        case "windows-1252", "cp1252": .windowsCP1252
        case "utf-16", "utf-16le", "utf-16be": .utf16
        case "shift_jis", "shift-jis": .shiftJIS
        case "euc-jp": .japaneseEUC
        default: nil
        }
    }
}
