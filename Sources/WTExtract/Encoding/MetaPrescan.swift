/// WHATWG HTML § "Prescan a byte stream to determine its encoding": looks for
/// `<meta charset=…>` or `<meta http-equiv=content-type content="…; charset=…">` in the first 1024
/// bytes, skipping comments and the attributes of other tags.
struct MetaPrescan {
    static let window = 1024

    let bytes: UnsafeRawBufferPointer
    let end: Int
    var position = 0

    /// The encoding a `<meta>` declares, or nil. UTF-16 declared in an ASCII-compatible document
    /// means UTF-8, as in browsers.
    static func encoding(in bytes: UnsafeRawBufferPointer) -> TextEncoding? {
        var scanner = MetaPrescan(bytes: bytes, end: min(bytes.count, window))
        return scanner.scan()
    }

    private mutating func scan() -> TextEncoding? {
        while position < end {
            if matches("<!--") {
                position = index(of: Array("-->".utf8), from: position + 2).map { $0 + 3 } ?? end
                continue
            }
            if matchesCaseInsensitive("<meta"), position + 5 < end, isSpaceOrSlash(bytes[position + 5]) {
                position += 5
                if let encoding = metaEncoding() { return encoding }
                continue
            }
            if startsTag() {
                skipTag()
                continue
            }
            if matches("<!") || matches("</") || matches("<?") {
                position = index(of: [UInt8(ascii: ">")], from: position).map { $0 + 1 } ?? end
                continue
            }
            position += 1
        }
        return nil
    }

    /// The attributes of one `<meta`; the position is just after its name.
    private mutating func metaEncoding() -> TextEncoding? {
        var seen: Set<String> = []
        var gotPragma = false
        var needPragma: Bool?
        var charset: String?
        while let (name, value) = nextAttribute() {
            guard seen.insert(name).inserted else { continue }
            switch name {
            case "http-equiv": if value == "content-type" { gotPragma = true }
            case "content":
                if charset == nil, let found = Self.charset(inMetaContent: value) {
                    charset = found
                    needPragma = true
                }
            case "charset":
                charset = value
                needPragma = false
            default: break
            }
        }
        guard let need = needPragma, !need || gotPragma, let label = charset,
            let encoding = TextEncoding.labelled(label)
        else { return nil }
        return encoding == .utf16LE || encoding == .utf16BE ? .utf8 : encoding
    }

    /// `<a` or `</a`: skip the tag's name and attributes, so their values cannot look like a `<meta>`.
    private func startsTag() -> Bool {
        guard bytes[position] == UInt8(ascii: "<"), position + 1 < end else { return false }
        let next = bytes[position + 1]
        if Bytes.isLetter(next) { return true }
        return next == UInt8(ascii: "/") && position + 2 < end && Bytes.isLetter(bytes[position + 2])
    }

    private mutating func skipTag() {
        while position < end, !Bytes.isSpace(bytes[position]), bytes[position] != UInt8(ascii: ">") { position += 1 }
        while nextAttribute() != nil {}
    }

    /// "Get an attribute": a lower-cased name and value, or nil at `>` or the end of the window.
    private mutating func nextAttribute() -> (String, String)? {
        while position < end, Bytes.isSpace(bytes[position]) || bytes[position] == UInt8(ascii: "/") { position += 1 }
        guard position < end, bytes[position] != UInt8(ascii: ">") else { return nil }
        var name: [UInt8] = []
        while position < end {
            let b = bytes[position]
            if b == UInt8(ascii: "="), !name.isEmpty { break }
            if Bytes.isSpace(b) || b == UInt8(ascii: "/") || b == UInt8(ascii: ">") { break }
            name.append(Bytes.lower(b))
            position += 1
        }
        while position < end, Bytes.isSpace(bytes[position]) { position += 1 }
        guard position < end, bytes[position] == UInt8(ascii: "=") else { return (text(name), "") }
        position += 1
        while position < end, Bytes.isSpace(bytes[position]) { position += 1 }
        return (text(name), attributeValue())
    }

    private mutating func attributeValue() -> String {
        guard position < end else { return "" }
        var value: [UInt8] = []
        let first = bytes[position]
        if first == UInt8(ascii: "\"") || first == UInt8(ascii: "'") {
            position += 1
            while position < end, bytes[position] != first {
                value.append(Bytes.lower(bytes[position]))
                position += 1
            }
            position += 1
            return text(value)
        }
        while position < end, !Bytes.isSpace(bytes[position]), bytes[position] != UInt8(ascii: ">") {
            value.append(Bytes.lower(bytes[position]))
            position += 1
        }
        return text(value)
    }

    /// "Extract a character encoding from a meta element": `text/html; charset=x` → `x`.
    static func charset(inMetaContent content: String) -> String? {
        let b = Array(content.utf8)
        var i = 0
        while i + 7 <= b.count {
            guard String(decoding: b[i..<i + 7], as: UTF8.self) == "charset" else {
                i += 1
                continue
            }
            var j = i + 7
            while j < b.count, Bytes.isSpace(b[j]) { j += 1 }
            guard j < b.count, b[j] == UInt8(ascii: "=") else {
                i = j
                continue
            }
            j += 1
            while j < b.count, Bytes.isSpace(b[j]) { j += 1 }
            guard j < b.count else { return nil }
            if b[j] == UInt8(ascii: "\"") || b[j] == UInt8(ascii: "'") {
                guard let close = b[(j + 1)...].firstIndex(of: b[j]) else { return nil }
                return String(decoding: b[(j + 1)..<close], as: UTF8.self)
            }
            let stop = b[j...].firstIndex { Bytes.isSpace($0) || $0 == UInt8(ascii: ";") } ?? b.count
            return String(decoding: b[j..<stop], as: UTF8.self)
        }
        return nil
    }

    private func matches(_ literal: String) -> Bool {
        let l = Array(literal.utf8)
        guard position + l.count <= end else { return false }
        return (0..<l.count).allSatisfy { bytes[position + $0] == l[$0] }
    }

    private func matchesCaseInsensitive(_ literal: String) -> Bool {
        let l = Array(literal.utf8)
        guard position + l.count <= end else { return false }
        return (0..<l.count).allSatisfy { Bytes.lower(bytes[position + $0]) == l[$0] }
    }

    private func index(of needle: [UInt8], from start: Int) -> Int? {
        var i = start
        while i + needle.count <= end {
            if (0..<needle.count).allSatisfy({ bytes[i + $0] == needle[$0] }) { return i }
            i += 1
        }
        return nil
    }

    private func isSpaceOrSlash(_ b: UInt8) -> Bool { Bytes.isSpace(b) || b == UInt8(ascii: "/") }
    private func text(_ b: [UInt8]) -> String { String(decoding: b, as: UTF8.self) }
}
