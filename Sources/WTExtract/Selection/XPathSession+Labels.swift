import CLibXML2

/// The label lookups of semantic locators, done once per document. `role link "Next"` and `label "Email"`
/// compare each element they consider with the ids of every `<label for>` reading the name
/// (`@id=//label[@for][normalize-space(.)=v]/@for`, see `SemanticXPath`): an absolute path that libxml2
/// walks the whole page for again at every element tested, so a role locator on a page with 600 links
/// walked it 600 times. The ids the path finds are written in its place instead — `(@id='a' or @id='b')`,
/// or `false()` when there are none — the same test, as XPath compares a node-set with a node-set by the
/// string values of their nodes, and an absolute path finds the same nodes from every element.
extension XPathSession {
    /// The lookups `SemanticXPath` writes after `@id=`: up to the name's literal, and after it.
    static let labelLookupShapes = [
        ("//label[@for][normalize-space(.)=", "]/@for"),
        ("//*[@id][normalize-space(.)=", "]/@id"),
        ("//label[@for][wt:has-text(normalize-space(.), ", ")]/@for"),
        ("//*[@id][wt:has-text(normalize-space(.), ", ")]/@id"),
    ]

    /// `xpath` with the label lookups it makes replaced by what they find in this document; `xpath`
    /// itself when it makes none or one fails.
    func withLabelsInlined(_ xpath: String) -> String {
        guard xpath.utf8.count > 6, Self.markers.contains(where: { Bytes.contains(Array(xpath.utf8), $0) }) else {
            return xpath
        }
        if let done = inlinedLabels[xpath] { return done }
        let bytes = Array(xpath.utf8)
        var out: [UInt8] = []
        var done = 0
        var inlined = xpath
        for lookup in Self.labelLookups(in: bytes) {
            guard let values = lookupValues(String(decoding: bytes[lookup.path], as: UTF8.self)) else {
                done = 0
                break
            }
            let compared = lookup.attribute + "="
            let spelled =
                values.isEmpty
                ? "false()"
                : "(" + values.map { compared + SemanticXPath.literal($0) }.joined(separator: " or ") + ")"
            out += bytes[done..<lookup.whole.lowerBound]
            out += Array(spelled.utf8)
            done = lookup.whole.upperBound
        }
        if done > 0 { inlined = String(decoding: out + bytes[done...], as: UTF8.self) }
        inlinedLabels[xpath] = inlined
        return inlined
    }

    /// The attribute comparisons a lookup follows: `@id=` (a `<label for>`) and `@aria-labelledby=`.
    private static let markers = [Array("@id=//".utf8), Array("@aria-labelledby=//".utf8)]

    /// The distinct string values the absolute `path` selects, in document order; nil when it fails.
    private func lookupValues(_ path: String) -> [String]? {
        guard let doc = context.pointee.doc,
            case .nodes(let nodes)? = try? evaluate(
                path, at: UnsafeMutableRawPointer(doc).assumingMemoryBound(to: xmlNode.self), scope: nil)
        else { return nil }
        var unique: [String] = []
        for node in nodes {
            let value =
                node.pointee.type == XML_ATTRIBUTE_NODE
                ? UnsafeMutableRawPointer(node).withMemoryRebound(to: xmlAttr.self, capacity: 1) {
                    Attributes.value($0)
                }
                : LibXML.consume(xmlNodeGetContent(node)) ?? ""
            if !unique.contains(value) { unique.append(value) }
        }
        return unique
    }

    /// The lookups in `xpath` (outside its string literals), in order: the whole `@id=…` comparison, the
    /// absolute path in it, and the attribute compared (`@id`).
    static func labelLookups(in xpath: [UInt8]) -> [(whole: Range<Int>, path: Range<Int>, attribute: String)] {
        var out: [(whole: Range<Int>, path: Range<Int>, attribute: String)] = []
        var i = 0
        while i < xpath.count {
            if xpath[i] == UInt8(ascii: "'") || xpath[i] == UInt8(ascii: "\"") {
                i = XPathReading.quoted(xpath, at: i)?.end ?? xpath.count
            } else if let marker = markers.first(where: { xpath[i...].starts(with: $0) }),
                let end = lookupEnd(xpath, path: i + marker.count - 2)
            {
                let path = i + marker.count - 2
                out.append((i..<end, path..<end, String(decoding: xpath[i..<(path - 1)], as: UTF8.self)))
                i = end
            } else {
                i += 1
            }
        }
        return out
    }

    /// Where the lookup whose path starts at `path` ends, when it has one of the shapes.
    private static func lookupEnd(_ xpath: [UInt8], path: Int) -> Int? {
        for (head, tail) in labelLookupShapes where xpath[path...].starts(with: head.utf8) {
            guard let literal = XPathReading.literal(xpath, at: path + head.utf8.count),
                xpath[literal.end...].starts(with: tail.utf8)
            else { continue }
            return literal.end + tail.utf8.count
        }
        return nil
    }
}
