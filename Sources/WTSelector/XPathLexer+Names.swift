extension XPathLexer {
    /// NCName start character: letter, `_`, or non-ASCII (a superset of XML's rules, which is fine for a
    /// checker: libxml2 has the final say on exotic characters).
    static func isNameStart(_ b: UInt8) -> Bool { Bytes.isLetter(b) || b == UInt8(ascii: "_") || Bytes.isNonASCII(b) }

    /// NCName character: a start character, digit, `-` or `.`.
    static func isNameChar(_ b: UInt8) -> Bool {
        isNameStart(b) || Bytes.isDigit(b) || b == UInt8(ascii: "-") || b == UInt8(ascii: ".")
    }

    /// A name, classified by the §3.7 rules: operator name, node type, function name, axis name or name test.
    mutating func lexName() throws(SelectorError) -> XPathToken.Kind {
        let start = position
        let operandExpected = tokens.last.map(\.startsOperand) ?? true
        let name = try lexQName(allowWildcard: true)
        if !operandExpected && XPathAxis.operatorNames.contains(name) { return .operatorName(name) }
        if name.hasSuffix(":*") { return .nameTest(name) }
        let after = nextNonWhitespace(from: position)
        if byte(at: after) == UInt8(ascii: "(") {
            return XPathAxis.nodeTypes.contains(name) ? .nodeType(name) : .functionName(name)
        }
        if byte(at: after) == UInt8(ascii: ":") && byte(at: after + 1) == UInt8(ascii: ":") {
            guard XPathAxis.names.contains(name) else {
                throw SelectorError(message: XPathMessage.unknownAxis(name), offset: start, length: position - start)
            }
            return .axisName(name)
        }
        return .nameTest(name)
    }

    /// QName ::= (NCName ':')? NCName, or `NCName:*` when `allowWildcard`. No whitespace inside.
    /// A `::` after the first NCName is an axis separator, not a prefix.
    mutating func lexQName(allowWildcard: Bool) throws(SelectorError) -> String {
        let start = position
        skipNCName()
        guard byte(at: position) == UInt8(ascii: ":"), byte(at: position + 1) != UInt8(ascii: ":") else {
            return Bytes.text(bytes, start..<position)
        }
        let colon = position
        position += 1
        if allowWildcard && byte(at: position) == UInt8(ascii: "*") {
            position += 1
        } else if let b = byte(at: position), Self.isNameStart(b) {
            skipNCName()
        } else {
            let prefix = Bytes.text(bytes, start..<(colon + 1))
            throw SelectorError(message: XPathMessage.expectedLocalName(prefix), offset: colon, length: 1)
        }
        return Bytes.text(bytes, start..<position)
    }

    private mutating func skipNCName() {
        while let b = byte(at: position), Self.isNameChar(b) { position += 1 }
    }

    private func nextNonWhitespace(from i: Int) -> Int {
        var j = i
        while let b = byte(at: j), Bytes.isXPathWhitespace(b) { j += 1 }
        return j
    }
}
