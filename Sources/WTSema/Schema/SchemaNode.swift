import WTDiagnostics

/// A subschema and where it is: its JSON and its JSON Pointer from the document root, which messages
/// quote (`#/properties/quotes/items`) so a reader can find it without line numbers.
struct SchemaNode {
    var json: JSONNode
    var pointer: String

    /// The subschema under `keywords` (e.g. `properties`, `author`), or nil when a step is missing.
    func child(_ keywords: String...) -> SchemaNode? {
        var node = self
        for keyword in keywords {
            guard let next = node.json[keyword] else { return nil }
            node = SchemaNode(json: next, pointer: node.pointer + "/" + Self.escape(keyword))
        }
        return node
    }

    /// Escapes a key as a JSON Pointer token (RFC 6901): `~` → `~0`, `/` → `~1`.
    static func escape(_ key: String) -> String {
        key.replacing("~", with: "~0").replacing("/", with: "~1")
    }
}
