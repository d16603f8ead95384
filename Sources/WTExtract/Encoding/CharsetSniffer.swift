/// Finds a document's encoding the way a browser does (WHATWG HTML § "Determining the character
/// encoding"): a byte order mark, then the HTTP `charset`, then a `<meta>` prescan of the first 1024
/// bytes, then UTF-8 when the bytes are valid UTF-8 and windows-1252 when they are not.
enum CharsetSniffer {
    /// Where the encoding came from, reported by `HTMLDocument.encodingSource`.
    enum Source: String, Sendable {
        case byteOrderMark = "byte order mark"
        case httpHeader = "HTTP header"
        case meta = "meta element"
        case validUTF8 = "valid UTF-8"
        case fallback = "windows-1252 fallback"
    }

    struct Result {
        var encoding: TextEncoding
        var source: Source
        /// Bytes of byte order mark to skip.
        var bomLength = 0
    }

    /// The encoding of `bytes`, which were served with `contentType` (the HTTP header value).
    static func sniff(_ bytes: UnsafeRawBufferPointer, contentType: String?) -> Result {
        if let (encoding, length) = byteOrderMark(bytes) {
            return Result(encoding: encoding, source: .byteOrderMark, bomLength: length)
        }
        if let label = contentType.flatMap(charset(inContentType:)), let encoding = TextEncoding.labelled(label) {
            return Result(encoding: encoding, source: .httpHeader)
        }
        if let encoding = MetaPrescan.encoding(in: bytes) {
            return Result(encoding: encoding, source: .meta)
        }
        return UTF8Check.isValid(bytes)
            ? Result(encoding: .utf8, source: .validUTF8) : Result(encoding: .windows1252, source: .fallback)
    }

    static func byteOrderMark(_ b: UnsafeRawBufferPointer) -> (TextEncoding, Int)? {
        if b.count >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF { return (.utf8, 3) }
        if b.count >= 2 && b[0] == 0xFE && b[1] == 0xFF { return (.utf16BE, 2) }
        if b.count >= 2 && b[0] == 0xFF && b[1] == 0xFE { return (.utf16LE, 2) }
        return nil
    }

    /// The `charset` parameter of a Content-Type value: `text/html; charset="Shift_JIS"` → `Shift_JIS`.
    static func charset(inContentType value: String) -> String? {
        for parameter in value.split(separator: ";").dropFirst() {
            let pair = parameter.split(separator: "=", maxSplits: 1).map { String($0).trimmingASCIIWhitespace() }
            guard pair.count == 2, XPathText.asciiLowercased(pair[0]) == "charset" else { continue }
            let unquoted = pair[1].trimmingCharacters(in: ["\"", "'"])
            return unquoted.isEmpty ? nil : unquoted
        }
        return nil
    }
}

/// UTF-8 validation without building a string.
enum UTF8Check {
    static func isValid(_ bytes: UnsafeRawBufferPointer) -> Bool {
        var i = 0
        let n = bytes.count
        while i < n {
            // Eight ASCII bytes at a time: most of a page is markup.
            if i + 8 <= n, bytes.loadUnaligned(fromByteOffset: i, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                i += 8
                continue
            }
            let b = bytes[i]
            if b < 0x80 {
                i += 1
                continue
            }
            let length: Int
            let minimum: UInt32
            var scalar: UInt32
            switch b {
            case 0xC2...0xDF: (length, minimum, scalar) = (2, 0x80, UInt32(b & 0x1F))
            case 0xE0...0xEF: (length, minimum, scalar) = (3, 0x800, UInt32(b & 0x0F))
            case 0xF0...0xF4: (length, minimum, scalar) = (4, 0x10000, UInt32(b & 0x07))
            default: return false
            }
            guard i + length <= n else { return false }
            for k in 1..<length {
                let c = bytes[i + k]
                guard c & 0xC0 == 0x80 else { return false }
                scalar = scalar << 6 | UInt32(c & 0x3F)
            }
            guard scalar >= minimum, scalar <= 0x10FFFF, !(0xD800...0xDFFF).contains(scalar) else { return false }
            i += length
        }
        return true
    }
}

extension String {
    fileprivate func trimmingCharacters(in set: Set<Character>) -> String {
        var s = Substring(self)
        while let c = s.first, set.contains(c) { s = s.dropFirst() }
        while let c = s.last, set.contains(c) { s = s.dropLast() }
        return String(s)
    }
}
