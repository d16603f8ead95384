import Glibc

/// A character encoding a document can arrive in, named as the WHATWG Encoding standard names it.
enum TextEncoding: Sendable, Hashable {
    case utf8
    case utf16LE
    case utf16BE
    /// Also what browsers use for `iso-8859-1` and `us-ascii`.
    case windows1252
    /// Decoded by glibc iconv; the payload is the iconv name.
    case iconv(String)

    /// The name reported by `HTMLDocument.encoding`.
    var name: String {
        switch self {
        case .utf8: "UTF-8"
        case .utf16LE: "UTF-16LE"
        case .utf16BE: "UTF-16BE"
        case .windows1252: "windows-1252"
        case .iconv(let name): name
        }
    }

    /// The encoding a label names (`latin1`, `Shift_JIS`, `utf8`, …), or nil when it names none that
    /// can be decoded here. Labels are matched after trimming and ASCII lower-casing; labels outside the
    /// table are tried with iconv as written.
    static func labelled(_ label: String) -> TextEncoding? {
        let key = XPathText.asciiLowercased(label.trimmingASCIIWhitespace())
        guard !key.isEmpty else { return nil }
        if let known = labels[key] { return known }
        if let iso = isoLatin(key) { return iso }
        return canIconv(key) ? .iconv(key.uppercased()) : nil
    }

    private static let labels: [String: TextEncoding] = {
        var table: [String: TextEncoding] = [:]
        let groups: [(TextEncoding, [String])] = [
            (.utf8, ["utf-8", "utf8", "unicode-1-1-utf-8", "unicode11utf8", "unicode20utf8", "x-unicode20utf8"]),
            (.utf16LE, ["utf-16", "utf-16le", "ucs-2", "unicode", "csunicode", "iso-10646-ucs-2", "unicodefeff"]),
            (.utf16BE, ["utf-16be", "unicodefffe"]),
            (
                .windows1252,
                [
                    "windows-1252", "cp1252", "x-cp1252", "iso-8859-1", "iso8859-1", "iso88591", "iso_8859-1",
                    "iso_8859-1:1987", "iso-ir-100", "latin1", "l1", "csisolatin1", "ibm819", "cp819", "us-ascii",
                    "ascii", "ansi_x3.4-1968",
                ]
            ),
            (
                .iconv("CP932"),
                ["shift_jis", "shift-jis", "sjis", "ms_kanji", "ms932", "windows-31j", "x-sjis", "csshiftjis"]
            ),
            (.iconv("EUC-JP"), ["euc-jp", "x-euc-jp", "cseucpkdfmtjapanese"]),
            (.iconv("ISO-2022-JP"), ["iso-2022-jp", "csiso2022jp"]),
            (
                .iconv("GBK"),
                [
                    "gbk", "gb2312", "gb_2312", "gb_2312-80", "chinese", "csgb2312", "csiso58gb231280", "iso-ir-58",
                    "x-gbk",
                ]
            ),
            (.iconv("GB18030"), ["gb18030"]),
            (.iconv("BIG5-HKSCS"), ["big5", "big5-hkscs", "cn-big5", "csbig5", "x-x-big5"]),
            (
                .iconv("CP949"),
                [
                    "euc-kr", "cseuckr", "korean", "ks_c_5601-1987", "ks_c_5601-1989", "ksc5601", "ksc_5601",
                    "windows-949",
                ]
            ),
            (.iconv("KOI8-R"), ["koi8-r", "koi8", "koi", "cskoi8r", "koi8_r"]),
            (.iconv("KOI8-U"), ["koi8-u", "koi8-ru"]),
            (.iconv("WINDOWS-1254"), ["iso-8859-9", "iso8859-9", "latin5", "l5", "iso_8859-9"]),
            (.iconv("WINDOWS-874"), ["windows-874", "iso-8859-11", "tis-620", "dos-874"]),
        ]
        for (encoding, names) in groups {
            for name in names { table[name] = encoding }
        }
        for n in 1250...1258 where n != 1252 {
            for name in ["windows-\(n)", "cp\(n)", "x-cp\(n)"] { table[name] = .iconv("WINDOWS-\(n)") }
        }
        return table
    }()

    /// `iso-8859-N` / `iso8859-N` / `iso_8859-N` for the parts iconv decodes as named.
    private static func isoLatin(_ key: String) -> TextEncoding? {
        for prefix in ["iso-8859-", "iso8859-", "iso_8859-"] where key.hasPrefix(prefix) {
            guard let n = Int(key.dropFirst(prefix.count)), (2...16).contains(n), n != 12 else { return nil }
            return .iconv("ISO-8859-\(n)")
        }
        return nil
    }

    private static func canIconv(_ name: String) -> Bool {
        let descriptor = iconv_open("UTF-8", name)
        guard Int(bitPattern: descriptor) != -1 else { return false }
        iconv_close(descriptor)
        return true
    }
}

extension String {
    /// Without leading and trailing ASCII whitespace (HTML's definition: space, tab, LF, FF, CR).
    func trimmingASCIIWhitespace() -> String {
        let bytes = Array(utf8)
        var start = 0
        var end = bytes.count
        while start < end, Bytes.isSpace(bytes[start]) { start += 1 }
        while end > start, Bytes.isSpace(bytes[end - 1]) { end -= 1 }
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }
}

/// Byte classes used by the sniffer, the text renderer and the coercions.
enum Bytes {
    static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0C || b == 0x0D }
    static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
    static func isLetter(_ b: UInt8) -> Bool { (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A }
    static func lower(_ b: UInt8) -> UInt8 { b >= 0x41 && b <= 0x5A ? b + 0x20 : b }

    /// Whether `needle` (not empty) occurs in `bytes`.
    static func contains(_ bytes: [UInt8], _ needle: [UInt8]) -> Bool {
        guard needle.count <= bytes.count else { return false }
        return (0...(bytes.count - needle.count)).contains { bytes[$0..<($0 + needle.count)].elementsEqual(needle) }
    }
}
