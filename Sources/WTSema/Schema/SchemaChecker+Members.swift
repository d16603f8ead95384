import WTDiagnostics

/// Records against `properties`, `required` and `additionalProperties`; the outputs are the result
/// object's fields, so the same code checks outputs (at the root) and record fields (below it).
extension SchemaChecker {
    mutating func checkMembers(_ fields: [WTType.RecordField], of node: SchemaNode, at path: ProgramPath) {
        var properties = node.json.member("properties")
        if let invalid = properties, invalid.value.objectMembers == nil {
            problem(SchemaMessages.invalidKeyword("properties", "an object of schemas"), at: invalid.value.range)
            properties = nil
        }
        let required = requiredEntries(of: node)
        for field in fields {
            let fieldPath = path.appending(field: field.name)
            let entry = required.first { $0.name == field.name }
            let presence: Presence = entry.map { .required($0.node) } ?? .optional
            if properties != nil, let schema = node.child("properties", field.name) {
                check(field.type, against: schema, at: fieldPath, presence: presence)
            } else {
                checkUnlisted(field, of: node, at: fieldPath, presence: presence, properties: properties)
            }
        }
        for entry in required where !fields.contains(where: { $0.name == entry.name }) {
            if path.isRoot {
                problem(
                    SchemaMessages.missingOutput(entry.name), at: entry.node.range,
                    help: SchemaMessages.missingOutputHelp(entry.name))
            } else {
                emit(
                    SchemaMessages.missingField(path.description, node.pointer, entry.name), for: path,
                    note: (SchemaMessages.requiredHere, entry.node.range))
            }
        }
    }

    /// A field the schema's `properties` does not name: checked against `additionalProperties` when that
    /// is a schema, an error when it is `false`, a warning when extra properties are allowed. A schema
    /// that lists no properties at all says nothing about fields, so nothing is reported.
    private mutating func checkUnlisted(
        _ field: WTType.RecordField, of node: SchemaNode, at path: ProgramPath, presence: Presence,
        properties: JSONNode.Member?
    ) {
        let additional = node.json.member("additionalProperties")
        switch additional?.value.value {
        case .bool(false):
            let range = additional?.value.range ?? node.json.range
            emit(
                unknownMessage(path, node, closed: true), for: path, note: (SchemaMessages.closedHere, range),
                help: SchemaMessages.unknownHelp)
        case .object:
            if let schema = node.child("additionalProperties") {
                check(field.type, against: schema, at: path, presence: presence)
            }
        case .bool(true), nil:
            guard let properties else { return }
            emit(
                unknownMessage(path, node, closed: false), for: path,
                note: (SchemaMessages.propertiesHere, properties.keyRange), help: SchemaMessages.unknownHelp)
        default:
            if let additional {
                problem(
                    SchemaMessages.invalidKeyword("additionalProperties", "a boolean or a schema"),
                    at: additional.value.range)
            }
        }
    }

    private func unknownMessage(_ path: ProgramPath, _ node: SchemaNode, closed: Bool) -> DiagnosticMessage {
        let parent = path.steps.isEmpty
        return parent
            ? SchemaMessages.unknownOutput(path.description, node.pointer, closed: closed)
            : SchemaMessages.unknownField(path.description, node.pointer, closed: closed)
    }

    /// The names in `required` with their entries (first occurrence), reporting entries that are not strings.
    private mutating func requiredEntries(of node: SchemaNode) -> [(name: String, node: JSONNode)] {
        guard let required = node.json["required"] else { return [] }
        guard let items = required.arrayValue else {
            problem(SchemaMessages.invalidKeyword("required", "an array of property names"), at: required.range)
            return []
        }
        var entries: [(name: String, node: JSONNode)] = []
        for item in items {
            guard let name = item.stringValue else {
                problem(SchemaMessages.invalidKeyword("required", "an array of property names"), at: item.range)
                continue
            }
            if !entries.contains(where: { $0.name == name }) { entries.append((name, item)) }
        }
        return entries
    }
}
