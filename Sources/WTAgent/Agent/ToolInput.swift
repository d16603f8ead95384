import WTTrace

/// Typed reads of a tool call's input. A missing or mistyped member fails with a sentence naming it
/// (`fields.author.selector: expected a string`), which goes back to the model as the tool's error so it
/// can call again correctly.
struct ToolInput {
    let value: JSONValue
    let path: String

    init(_ value: JSONValue, path: String = "") {
        self.value = value
        self.path = path
    }

    /// The member `key`, or nil when absent or null.
    func optional(_ key: String) -> ToolInput? {
        guard let member = value[key], member != .null else { return nil }
        return ToolInput(member, path: path.isEmpty ? key : "\(path).\(key)")
    }

    func required(_ key: String) throws(ToolError) -> ToolInput {
        guard let member = optional(key) else { throw ToolError(AgentMessages.missingInput(name(key))) }
        return member
    }

    func string(_ key: String) throws(ToolError) -> String {
        try required(key).string()
    }

    func optionalString(_ key: String) throws(ToolError) -> String? {
        try optional(key)?.string()
    }

    func bool(_ key: String, default fallback: Bool) throws(ToolError) -> Bool {
        guard let member = optional(key) else { return fallback }
        guard case .bool(let b) = member.value else {
            throw ToolError(AgentMessages.wrongInput(member.path, "a boolean"))
        }
        return b
    }

    func string() throws(ToolError) -> String {
        switch value {
        case .string(let s): return s
        case .number(let d): return d == d.rounded() && abs(d) < 1e15 ? String(Int(d)) : String(d)
        default: throw ToolError(AgentMessages.wrongInput(path, "a string"))
        }
    }

    /// A string, or a list of strings, as a list.
    func strings() throws(ToolError) -> [String] {
        guard case .array(let items) = value else { return [try string()] }
        var out: [String] = []
        for (i, item) in items.enumerated() { out.append(try ToolInput(item, path: "\(path)[\(i)]").string()) }
        return out
    }

    /// The members of an object, in order.
    func members() throws(ToolError) -> [(String, ToolInput)] {
        guard case .object(let members) = value else { throw ToolError(AgentMessages.wrongInput(path, "an object")) }
        return members.map { ($0.key, ToolInput($0.value, path: path.isEmpty ? $0.key : "\(path).\($0.key)")) }
    }

    private func name(_ key: String) -> String { path.isEmpty ? key : "\(path).\(key)" }
}

/// A tool call that could not be carried out; its message goes back to the model as the tool's error.
struct ToolError: Error, Sendable {
    let message: String

    init(_ message: String) { self.message = message }
}
