import WTDiagnostics

/// Resolves `$ref` values that point into the same document: `#`, `#/$defs/Name`, `#/definitions/Name`,
/// or any other JSON Pointer fragment (RFC 6901, percent-decoded as a URI fragment).
enum SchemaReference {
    enum Failure: Error {
        case notLocal
        case unresolved
    }

    static func resolve(_ ref: String, in root: JSONNode) -> Result<SchemaNode, Failure> {
        guard ref.hasPrefix("#") else { return .failure(.notLocal) }
        guard let fragment = percentDecoded(String(ref.dropFirst())) else { return .failure(.unresolved) }
        if fragment.isEmpty { return .success(SchemaNode(json: root, pointer: "#")) }
        // `#name` is a plain-name anchor ($anchor), which this check does not support.
        guard fragment.hasPrefix("/") else { return .failure(.unresolved) }
        var node = root
        var pointer = "#"
        for token in fragment.dropFirst().split(separator: "/", omittingEmptySubsequences: false) {
            // RFC 6901 §4: `~1` first, then `~0`, so `~01` becomes `~1` and not `/`.
            let key = String(token).replacing("~1", with: "/").replacing("~0", with: "~")
            if let member = node[key] {
                node = member
            } else if let items = node.arrayValue, let index = Int(key), items.indices.contains(index) {
                node = items[index]
            } else {
                return .failure(.unresolved)
            }
            pointer += "/" + SchemaNode.escape(key)
        }
        return .success(SchemaNode(json: node, pointer: pointer))
    }

    /// Decodes `%XX` escapes as UTF-8; nil when an escape is malformed or the bytes are not UTF-8.
    static func percentDecoded(_ text: String) -> String? {
        guard text.contains("%") else { return text }
        var bytes: [UInt8] = []
        var iterator = Array(text.utf8).makeIterator()
        while let byte = iterator.next() {
            guard byte == UInt8(ascii: "%") else {
                bytes.append(byte)
                continue
            }
            guard let high = iterator.next().flatMap(hexValue), let low = iterator.next().flatMap(hexValue) else {
                return nil
            }
            bytes.append(high << 4 | low)
        }
        return String(validating: bytes, as: UTF8.self)
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
