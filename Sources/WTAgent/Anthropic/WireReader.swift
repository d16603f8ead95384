import WTDiagnostics

/// Typed reads from a parsed reply that name the JSON path of whatever is missing or of the wrong type,
/// e.g. `content[1].input: expected an object, found string`.
struct WireReader {
    let node: JSONNode
    /// Where `node` sits in the reply; empty for the root.
    let path: String

    func child(_ key: String) -> String { path.isEmpty ? key : "\(path).\(key)" }

    /// The member `key`, which must be present and not `null`.
    func required(_ key: String) throws(ModelError) -> WireReader {
        guard let value = node[key], !value.isNull else { throw Self.malformed(child(key), "is missing") }
        return WireReader(node: value, path: child(key))
    }

    /// The member `key`, or nil when absent or `null`.
    func optional(_ key: String) -> WireReader? {
        guard let value = node[key], !value.isNull else { return nil }
        return WireReader(node: value, path: child(key))
    }

    func string() throws(ModelError) -> String {
        guard let value = node.stringValue else { throw mismatch("a string") }
        return value
    }

    func int() throws(ModelError) -> Int {
        guard let value = node.intValue, value >= 0 else { throw mismatch("a non-negative integer") }
        return value
    }

    func object() throws(ModelError) -> WireReader {
        guard node.objectMembers != nil else { throw mismatch("an object") }
        return self
    }

    func items() throws(ModelError) -> [WireReader] {
        guard let items = node.arrayValue else { throw mismatch("an array") }
        return items.enumerated().map { WireReader(node: $0.element, path: "\(path)[\($0.offset)]") }
    }

    private func mismatch(_ expected: String) -> ModelError {
        Self.malformed(path, "expected \(expected), found \(node.kindName)")
    }

    static func malformed(_ path: String, _ problem: String) -> ModelError {
        ModelError(.malformedResponse(path: path), detail: "\(path.isEmpty ? "the body" : path): \(problem)")
    }
}
