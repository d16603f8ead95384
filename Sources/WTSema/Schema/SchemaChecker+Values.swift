import WTDiagnostics

/// What one subschema says about the value itself: `type`, `enum`/`const`, `format`.
struct ValueConstraint {
    /// nil when the subschema has no (valid) `type`: any type is accepted at this level.
    var types: Set<JSONSchemaType>?
    var typeNode: JSONNode?
    /// The values of `const` (one) or `enum`; nil when neither is present. `const` wins when both are.
    var values: [JSONNode]?
    var valuesNode: JSONNode?
    var format: String?
    var formatNode: JSONNode?

    var allowsNull: Bool {
        (types?.contains(.null) ?? true) && (values?.contains { $0.isNull } ?? true)
    }
}

extension SchemaChecker {
    /// Keywords compared with the program's types.
    static let checkedKeywords: Set<String> = [
        "type", "properties", "required", "items", "enum", "const", "format", "$defs", "definitions", "$ref",
        "additionalProperties",
    ]
    /// Annotations that say nothing about which values are valid.
    static let annotationKeywords: Set<String> = [
        "title", "description", "$schema", "$id", "default", "examples", "$comment",
    ]

    /// Reads `type`, `enum`, `const` and `format`, reporting malformed ones in the schema.
    mutating func constraint(of node: SchemaNode) -> ValueConstraint {
        var constraint = ValueConstraint()
        if let type = node.json["type"] {
            constraint.typeNode = type
            constraint.types = typeNames(type)
        }
        if let const = node.json["const"] {
            constraint.values = [const]
            constraint.valuesNode = const
        } else if let list = node.json["enum"] {
            if let values = list.arrayValue {
                constraint.values = values
                constraint.valuesNode = list
            } else {
                problem(SchemaMessages.invalidKeyword("enum", "an array of values"), at: list.range)
            }
        }
        if let format = node.json["format"] {
            if let name = format.stringValue {
                constraint.format = name
                constraint.formatNode = format
            } else {
                problem(SchemaMessages.invalidKeyword("format", "a string"), at: format.range)
            }
        }
        return constraint
    }

    private mutating func typeNames(_ node: JSONNode) -> Set<JSONSchemaType>? {
        let names = node.stringValue != nil ? [node] : node.arrayValue ?? []
        guard !names.isEmpty, names.allSatisfy({ $0.stringValue != nil }) else {
            problem(
                SchemaMessages.invalidKeyword("type", "a type name or a non-empty array of type names"),
                at: node.range)
            return nil
        }
        var types: Set<JSONSchemaType> = []
        for name in names {
            guard let type = JSONSchemaType(rawValue: name.stringValue ?? "") else {
                problem(SchemaMessages.unknownTypeName(name.stringValue ?? ""), at: name.range)
                return nil
            }
            types.insert(type)
        }
        return types
    }

    /// Compares a non-optional type with `type`, `enum`/`const` and `format`. Returns false when the
    /// kinds already disagree, so the caller does not also compare items or fields.
    mutating func checkValue(
        _ value: WTType, _ constraint: ValueConstraint, _ node: SchemaNode, at path: ProgramPath
    ) -> Bool {
        let produced = JSONSchemaType.produced(by: value)
        if let types = constraint.types, let typeNode = constraint.typeNode,
            !produced.contains(where: { $0.isAllowed(by: types) })
        {
            let note = (SchemaMessages.saysSoHere, typeNode.range)
            if value == .number, types.contains(.integer) {
                emit(
                    SchemaMessages.notInteger(path.description, node.pointer), for: path, note: note,
                    help: SchemaMessages.notIntegerHelp)
            } else {
                let message = SchemaMessages.typeMismatch(
                    path.description, value, node.pointer, JSONSchemaType.describe(types))
                emit(message, for: path, note: note)
            }
            return false
        }
        if let values = constraint.values, let valuesNode = constraint.valuesNode,
            !values.contains(where: { Self.canProduce(value, $0) })
        {
            let message = SchemaMessages.enumMismatch(path.description, value, node.pointer, quoted(values))
            emit(message, for: path, note: (SchemaMessages.saysSoHere, valuesNode.range))
            return false
        }
        checkFormat(of: value, constraint, node, at: path)
        return true
    }

    /// Whether a value of `type` could equal `listed`. Only the kind is compared: which strings a string
    /// output holds is known when the program runs, not now.
    private static func canProduce(_ type: WTType, _ listed: JSONNode) -> Bool {
        switch JSONSchemaType.of(listed) {
        case .null: false
        case .integer: type == .int || type == .number
        case .number: type == .number
        case let kind: JSONSchemaType.produced(by: type).contains(kind)
        }
    }

    /// `date` values are written as `date` or `date-time`; a plain `string` against a URL or date format
    /// is accepted, with a hint that the program's stronger type would validate the values.
    private mutating func checkFormat(
        of value: WTType, _ constraint: ValueConstraint, _ node: SchemaNode, at path: ProgramPath
    ) {
        guard let format = constraint.format, let formatNode = constraint.formatNode else { return }
        let note = (SchemaMessages.saysSoHere, formatNode.range)
        let dateFormats = ["date", "date-time"]
        let urlFormats = ["uri", "uri-reference", "iri", "iri-reference"]
        switch value {
        case .date where !dateFormats.contains(format):
            emit(
                SchemaMessages.formatMismatch(path.description, value, node.pointer, format), for: path,
                note: note, help: SchemaMessages.dateFormatHelp)
        case .string where urlFormats.contains(format):
            emit(SchemaMessages.formatSuggestion(path.description, node.pointer, format, .url), for: path, note: note)
        case .string where dateFormats.contains(format):
            emit(SchemaMessages.formatSuggestion(path.description, node.pointer, format, .date), for: path, note: note)
        default:
            break
        }
    }

    /// `"open", "closed"` as written in the schema; long lists and long values are shortened.
    private func quoted(_ values: [JSONNode]) -> String {
        let shown = values.prefix(4).map { value in
            let text = String(decoding: file.utf8[value.range.start..<value.range.end], as: UTF8.self)
            return text.count > 40 ? String(text.prefix(39)) + "…" : text
        }
        let more = values.count > shown.count ? ", … (\(values.count) values)" : ""
        return shown.joined(separator: ", ") + more
    }

    /// One warning per keyword this check does not compare, at the keyword.
    mutating func reportUnsupportedKeywords(in node: SchemaNode) {
        for member in node.json.objectMembers ?? [] {
            let key = member.key
            guard !Self.checkedKeywords.contains(key), !Self.annotationKeywords.contains(key) else { continue }
            problem(SchemaMessages.unsupportedKeyword(key), at: member.keyRange)
        }
        for key in ["$defs", "definitions"] {
            if let defs = node.json[key], defs.objectMembers == nil {
                problem(SchemaMessages.invalidKeyword(key, "an object of named schemas"), at: defs.range)
            }
        }
    }
}
