/// Numbers, `true`/`false`/`null`, and how errors describe what was found instead.
extension JSONParser {
    /// Reads a number per RFC 8259 §6: `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`.
    mutating func parseNumber() throws(JSONSyntaxError) -> JSONNode {
        let start = position
        if bytes[position] == UInt8(ascii: "-") { position += 1 }
        guard isDigit(at: position) else { throw digitExpected(after: "'-'") }
        if bytes[position] == UInt8(ascii: "0"), isDigit(at: position + 1) {
            let zero = position
            var end = position + 1
            while isDigit(at: end) { end += 1 }
            throw JSONSyntaxError(
                JSONMessages.leadingZeros, at: SourceRange(start: zero, end: end),
                help: "write the number without its leading zeros, or as a string if it is a code")
        }
        skipDigits()
        if position < bytes.count, bytes[position] == UInt8(ascii: ".") {
            position += 1
            guard isDigit(at: position) else { throw digitExpected(after: "the decimal point") }
            skipDigits()
        }
        if position < bytes.count, bytes[position] | 0x20 == UInt8(ascii: "e") {
            position += 1
            if position < bytes.count, bytes[position] == UInt8(ascii: "+") || bytes[position] == UInt8(ascii: "-") {
                position += 1
            }
            guard isDigit(at: position) else { throw digitExpected(after: "the exponent") }
            skipDigits()
        }
        let text = String(decoding: bytes[start..<position], as: UTF8.self)
        // The text matched the JSON grammar, which Double's parser accepts (overflow gives ±infinity).
        return JSONNode(.number(Double(text) ?? .nan, text: text), range: SourceRange(start: start, end: position))
    }

    private func isDigit(at offset: Int) -> Bool {
        offset < bytes.count && bytes[offset] >= UInt8(ascii: "0") && bytes[offset] <= UInt8(ascii: "9")
    }

    private mutating func skipDigits() {
        while isDigit(at: position) { position += 1 }
    }

    private func digitExpected(after what: String) -> JSONSyntaxError {
        JSONSyntaxError(
            JSONMessages.digitExpected(after: what),
            at: SourceRange(start: position, end: min(position + 1, bytes.count)))
    }

    /// Reads `true`, `false` or `null`; any other word (`True`, `NaN`, `undefined`) is reported whole.
    mutating func parseLiteral() throws(JSONSyntaxError) -> JSONNode {
        let start = position
        let end = wordEnd(from: start)
        guard end > start else { throw unexpected("a JSON value") }
        let word = bytes[start..<end]
        let value: JSONNode.Value
        if word.elementsEqual("true".utf8) {
            value = .bool(true)
        } else if word.elementsEqual("false".utf8) {
            value = .bool(false)
        } else if word.elementsEqual("null".utf8) {
            value = .null
        } else {
            throw JSONSyntaxError(
                JSONMessages.unknownWord(String(decoding: word, as: UTF8.self)),
                at: SourceRange(start: start, end: end))
        }
        position = end
        return JSONNode(value, range: SourceRange(start: start, end: end))
    }

    /// The end of the run of ASCII letters, digits and underscores starting at `start`, capped so a
    /// message never quotes a whole minified file.
    private func wordEnd(from start: Int) -> Int {
        var end = start
        while end < bytes.count, end - start < 40 {
            let byte = bytes[end] | 0x20
            let isWordByte =
                (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z"))
                || (bytes[end] >= UInt8(ascii: "0") && bytes[end] <= UInt8(ascii: "9"))
                || bytes[end] == UInt8(ascii: "_")
            guard isWordByte else { break }
            end += 1
        }
        return end
    }

    /// The error for finding something other than `what` at the cursor, with the extensions people
    /// most often paste into JSON called out by name.
    func unexpected(_ what: String) -> JSONSyntaxError {
        guard position < bytes.count else {
            return JSONSyntaxError(JSONMessages.unexpectedEnd(expected: what), at: .at(position))
        }
        let byte = bytes[position]
        let next = position + 1 < bytes.count ? bytes[position + 1] : 0
        if byte == UInt8(ascii: "/"), next == UInt8(ascii: "/") || next == UInt8(ascii: "*") {
            return JSONSyntaxError(
                JSONMessages.comment, at: SourceRange(start: position, end: position + 2),
                help: "remove the comment; a schema can carry text in \"description\" or \"$comment\"")
        }
        if byte == UInt8(ascii: "'") {
            return JSONSyntaxError(JSONMessages.singleQuotes, at: SourceRange(start: position, end: position + 1))
        }
        let wordEnd = wordEnd(from: position)
        let end = wordEnd > position ? wordEnd : position + scalarLength(at: position)
        let text = String(decoding: bytes[position..<end], as: UTF8.self)
        let found = byte < 0x20 || byte == 0x7F ? JSONMessages.hex(UInt32(byte)) : "'\(text)'"
        return JSONSyntaxError(JSONMessages.expected(what, found: found), at: SourceRange(start: position, end: end))
    }

    /// The byte length of the UTF-8 scalar starting at `offset`, clamped to the input.
    func scalarLength(at offset: Int) -> Int {
        guard offset < bytes.count else { return 0 }
        let lead = bytes[offset]
        let length = lead < 0xC0 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
        return min(length, bytes.count - offset)
    }
}
