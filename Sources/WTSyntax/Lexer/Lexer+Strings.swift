import WTDiagnostics

extension Lexer {
    /// STRING: escapes decoded, `{path}` interpolations split out. Strings end on their line; one that
    /// reaches the end of the line unclosed is reported and ends there, so the next line lexes normally.
    mutating func lexString() {
        let start = pos
        var parts: [StringLiteral.Part] = []
        var buffer: [UInt8] = []
        var i = pos + 1
        scan: while true {
            guard let b = byte(at: i), !isLineEnd(at: i) else {
                report(SyntaxMessages.unterminatedString(), from: start, to: i, help: SyntaxMessages.Help.closeString)
                break scan
            }
            switch b {
            case Byte.quote:
                i += 1
                break scan
            case Byte.backslash:
                i = lexEscape(at: i, into: &buffer)
            case Byte.leftBrace:
                let (path, end) = lexInterpolation(at: i)
                if let path {
                    flush(&buffer, into: &parts)
                    parts.append(.interpolation(path))
                } else {
                    buffer.append(contentsOf: bytes[i..<end])
                }
                i = end
            case Byte.rightBrace:
                report(SyntaxMessages.unescapedBrace(), from: i, to: i + 1, help: SyntaxMessages.Help.escapeBrace)
                buffer.append(b)
                i += 1
            default:
                buffer.append(b)
                i += 1
            }
        }
        flush(&buffer, into: &parts)
        let range = SourceRange(start: start, end: i)
        add(.string, from: start, to: i, value: .string(StringLiteral(parts, range: range)))
    }

    func isLineEnd(at offset: Int) -> Bool {
        let b = byte(at: offset)
        return b == Byte.lineFeed || (b == Byte.carriageReturn && byte(at: offset + 1) == Byte.lineFeed)
    }

    func flush(_ buffer: inout [UInt8], into parts: inout [StringLiteral.Part]) {
        guard !buffer.isEmpty else { return }
        parts.append(.text(String(decoding: buffer, as: UTF8.self)))
        buffer.removeAll(keepingCapacity: true)
    }

    /// Decodes the escape at `offset` (a backslash) into `buffer`; returns the offset after it.
    mutating func lexEscape(at offset: Int, into buffer: inout [UInt8]) -> Int {
        guard let next = byte(at: offset + 1), !isLineEnd(at: offset + 1) else {
            // A backslash at the end of the line: the string is unterminated, which the caller reports.
            return offset + 1
        }
        if let decoded = Lexer.escaped(next) {
            buffer.append(decoded)
            return offset + 2
        }
        var end = offset + 2
        while let c = byte(at: end), c & 0xC0 == 0x80 { end += 1 }
        let shown = "\\" + text(from: offset + 1, to: end)
        report(SyntaxMessages.invalidEscape(shown), from: offset, to: end, help: SyntaxMessages.Help.escapes)
        buffer.append(contentsOf: bytes[offset..<end])
        return end
    }

    /// The byte an escape stands for (`escape` in the grammar), nil for unknown escapes.
    static func escaped(_ b: UInt8) -> UInt8? {
        switch b {
        case Byte.quote, Byte.backslash, Byte.leftBrace, Byte.rightBrace: b
        case UInt8(ascii: "n"): Byte.lineFeed
        case UInt8(ascii: "t"): Byte.tab
        default: nil
        }
    }

    /// `{path}` at `open`; returns the path (nil when malformed, after reporting) and the offset after it.
    mutating func lexInterpolation(at open: Int) -> (path: [Identifier]?, end: Int) {
        var i = open + 1
        var path: [Identifier] = []
        while let b = byte(at: i), Byte.isNameStart(b) {
            let start = i
            while let c = byte(at: i), Byte.isNameContinue(c) { i += 1 }
            path.append(Identifier(text(from: start, to: i), range: SourceRange(start: start, end: i)))
            if byte(at: i) == Byte.dot {
                i += 1
                continue
            }
            if byte(at: i) == Byte.rightBrace { return (path, i + 1) }
            break
        }
        // Malformed: report the whole `{…}` (or up to the end of the string) once. When the line ends first,
        // the string is unterminated, and that one diagnostic says enough.
        var end = i
        while let c = byte(at: end), c != Byte.quote, !isLineEnd(at: end) {
            end += 1
            if c == Byte.rightBrace { break }
        }
        let stoppedAtBrace = end > i && byte(at: end - 1) == Byte.rightBrace
        if stoppedAtBrace || byte(at: end) == Byte.quote {
            report(
                SyntaxMessages.invalidInterpolation(), from: open, to: max(end, open + 1),
                help: SyntaxMessages.Help.interpolation)
        }
        return (nil, max(end, open + 1))
    }
}
