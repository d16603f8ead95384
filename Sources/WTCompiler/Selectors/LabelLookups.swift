import WTExtract

/// The label lookups of semantic locators, done once per page. `role link "Next"` and `label "Email"`
/// compare each element they consider with the ids of every `<label for>` reading the name
/// (`@id=//label[@for][normalize-space(.)=v]/@for`, see `SemanticXPath`): an absolute path libxml2
/// walks the whole page for again at every link or form control, most of a compile's time on large
/// pages. The ids it finds are written in its place instead: `(@id='a' or @id='b')`, or `false()` when
/// there are none. That is the same test, as XPath compares a node-set with a node-set by the string
/// values of their nodes, and an absolute path finds the same nodes from every element of the page.
final class LabelLookups {
    /// The lookups `SemanticXPath` writes after `@id=`: up to the name's literal, and after it.
    static let shapes = [
        ("//label[@for][normalize-space(.)=", "]/@for"),
        ("//*[@aria-labelledby][normalize-space(.)=", "]/@aria-labelledby"),
    ]

    private struct Key: Hashable {
        var document: ObjectIdentifier
        var path: String
    }

    /// The string values each lookup finds on each page; nil when it fails there.
    private var found: [Key: [String]?] = [:]

    /// `xpath` with the lookups it makes replaced by what they find in `document`.
    func inlined(_ xpath: String, in document: HTMLDocument) -> String {
        let bytes = Array(xpath.utf8)
        var out: [UInt8] = []
        var done = 0
        for lookup in Self.lookups(in: bytes) {
            let path = String(decoding: bytes[lookup.path], as: UTF8.self)
            guard let values = values(path, in: document) else { return xpath }
            let spelled =
                values.isEmpty
                ? "false()" : "(" + values.map { "@id=" + SemanticXPath.literal($0) }.joined(separator: " or ") + ")"
            out += bytes[done..<lookup.whole.lowerBound]
            out += Array(spelled.utf8)
            done = lookup.whole.upperBound
        }
        return done == 0 ? xpath : String(decoding: out + bytes[done...], as: UTF8.self)
    }

    private func values(_ path: String, in document: HTMLDocument) -> [String]? {
        let key = Key(document: ObjectIdentifier(document), path: path)
        if let done = found[key] { return done }
        let nodes = try? document.select(.xpath(path))
        var unique: [String] = []
        for value in nodes?.map(\.value) ?? [] where !unique.contains(value) { unique.append(value) }
        let result = nodes == nil ? nil : unique
        found[key] = .some(result)
        return result
    }

    /// The lookups in `xpath` (outside its string literals), in order: the whole `@id=…` comparison and
    /// the absolute path in it.
    static func lookups(in xpath: [UInt8]) -> [(whole: Range<Int>, path: Range<Int>)] {
        let marker = Array("@id=//".utf8)
        var out: [(whole: Range<Int>, path: Range<Int>)] = []
        var i = 0
        while i < xpath.count {
            if xpath[i] == UInt8(ascii: "'") || xpath[i] == UInt8(ascii: "\"") {
                i = XPathLiteral.quotedEnd(xpath, at: i) ?? xpath.count
            } else if xpath[i...].starts(with: marker), let end = lookupEnd(xpath, path: i + 4) {
                out.append((i..<end, (i + 4)..<end))
                i = end
            } else {
                i += 1
            }
        }
        return out
    }

    /// Where the lookup whose path starts at `path` ends, when it has one of the `shapes`.
    private static func lookupEnd(_ xpath: [UInt8], path: Int) -> Int? {
        for (head, tail) in shapes where xpath[path...].starts(with: head.utf8) {
            guard let literalEnd = XPathLiteral.end(xpath, at: path + head.utf8.count),
                xpath[literalEnd...].starts(with: tail.utf8)
            else { continue }
            return literalEnd + tail.utf8.count
        }
        return nil
    }
}

/// Reading the string literals `SemanticXPath.literal` writes: `'…'`, `"…"`, or `concat('…', "'", '…')`.
enum XPathLiteral {
    /// Where the literal starting at `start` ends (just after it); nil when none starts there.
    static func end(_ xpath: [UInt8], at start: Int) -> Int? {
        let concat = Array("concat(".utf8)
        guard xpath[start...].starts(with: concat) else { return quotedEnd(xpath, at: start) }
        var at = start + concat.count
        while let quoted = quotedEnd(xpath, at: at) {
            if xpath[quoted...].starts(with: ")".utf8) { return quoted + 1 }
            guard xpath[quoted...].starts(with: ", ".utf8) else { return nil }
            at = quoted + 2
        }
        return nil
    }

    /// Where the quoted string starting at `start` ends (just after its closing quote).
    static func quotedEnd(_ xpath: [UInt8], at start: Int) -> Int? {
        guard start < xpath.count, xpath[start] == UInt8(ascii: "'") || xpath[start] == UInt8(ascii: "\"") else {
            return nil
        }
        return xpath[(start + 1)...].firstIndex(of: xpath[start]).map { $0 + 1 }
    }
}
