import Foundation
import WTTrace

/// Checks that an output schema is a schema the validator can apply, before a run relies on it: the root
/// describes an object, every subschema is an object or a boolean, and the keywords the validator
/// checks have the shapes JSON Schema gives them (`type` names a type, `required` lists strings, a
/// `pattern` compiles, a `$ref` points into the schema). Unknown keywords are not problems here; the
/// validator lists them.
enum SchemaLint {
    static let typeNames: Set<String> = ["null", "boolean", "integer", "number", "string", "array", "object"]
    static let numbers = ["minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum"]
    static let counts = ["minLength", "maxLength", "minItems", "maxItems", "minProperties", "maxProperties"]

    /// Every problem, fields named from `path` (`outputSchema.properties.x.type`).
    static func problems(_ schema: JSONValue, at path: JSONPath) -> [TaskProblem] {
        guard case .object = schema else {
            return [TaskMessages.schemaNotObject(path.description, found: schema)]
        }
        if let type = schema["type"], !allows(type, "object") {
            return [TaskMessages.schemaNotForObject(path.key("type").description, describes: description(of: type))]
        }
        var problems: [TaskProblem] = []
        visit(schema, at: path, root: schema, into: &problems)
        return problems
    }

    private static func visit(
        _ schema: JSONValue, at path: JSONPath, root: JSONValue, into problems: inout [TaskProblem]
    ) {
        guard case .object(let members) = schema else {
            if case .bool = schema { return }
            problems.append(TaskMessages.notASchema(path.description, found: schema))
            return
        }
        for member in members { problems += keyword(member.key, member.value, at: path.key(member.key), root: root) }
        for child in SchemaKeywords.children(of: members) {
            let childPath = child.steps.reduce(path) { path, step in
                switch step {
                case .key(let key): path.key(key)
                case .index(let index): path.index(index)
                }
            }
            visit(child.schema, at: childPath, root: root, into: &problems)
        }
    }

    /// The problems of one keyword's value; subschemas are visited separately.
    private static func keyword(_ key: String, _ value: JSONValue, at path: JSONPath, root: JSONValue) -> [TaskProblem]
    {
        let field = path.description
        func shape(_ expected: String) -> [TaskProblem] {
            [TaskMessages.keywordShape(field, key, expected: expected, found: value)]
        }
        switch key {
        case "type":
            return typeProblems(value, at: path)
        case "properties", "patternProperties", "$defs", "definitions":
            guard case .object(let named) = value else { return shape(TaskMessages.Expected.schemaMap) }
            guard key == "patternProperties" else { return [] }
            return named.compactMap { entry in
                compiles(entry.key) ? nil : TaskMessages.badPattern(path.key(entry.key).description, entry.key)
            }
        case "required":
            guard case .array(let names) = value, names.allSatisfy({ if case .string = $0 { true } else { false } })
            else { return shape(TaskMessages.Expected.propertyNames) }
        case "enum":
            guard case .array = value else { return shape(TaskMessages.Expected.values) }
        case "prefixItems", "allOf", "anyOf", "oneOf":
            guard case .array(let items) = value, !items.isEmpty else { return shape(TaskMessages.Expected.schemaList) }
        case "pattern":
            guard case .string(let pattern) = value else { return shape(TaskMessages.Expected.string) }
            return compiles(pattern) ? [] : [TaskMessages.badPattern(field, pattern)]
        case "$ref":
            guard case .string(let ref) = value else { return shape(TaskMessages.Expected.string) }
            return SchemaPointer.resolve(ref, in: root) == nil ? [TaskMessages.unresolvedReference(field, ref)] : []
        case "multipleOf":
            guard case .number(let number) = value, number > 0 else {
                return shape(TaskMessages.Expected.positiveNumber)
            }
        case _ where numbers.contains(key):
            guard case .number = value else { return shape(TaskMessages.Expected.number) }
        case _ where counts.contains(key):
            guard case .number(let number) = value, number >= 0, number.rounded() == number else {
                return shape(TaskMessages.Expected.count)
            }
        default:
            break
        }
        return []
    }

    private static func typeProblems(_ type: JSONValue, at path: JSONPath) -> [TaskProblem] {
        switch type {
        case .string(let name):
            return typeNames.contains(name) ? [] : [TaskMessages.unknownType(path.description, name)]
        case .array(let items) where !items.isEmpty:
            return items.enumerated().compactMap { offset, item in
                guard case .string(let name) = item else {
                    return TaskMessages.keywordShape(
                        path.index(offset).description, "type", expected: TaskMessages.Expected.typeName, found: item)
                }
                return typeNames.contains(name) ? nil : TaskMessages.unknownType(path.index(offset).description, name)
            }
        default:
            return [
                TaskMessages.keywordShape(
                    path.description, "type", expected: TaskMessages.Expected.typeNames, found: type)
            ]
        }
    }

    private static func allows(_ type: JSONValue, _ name: String) -> Bool {
        switch type {
        case .string(let single): single == name
        case .array(let names): names.contains(.string(name))
        // A malformed type is reported by the keyword check.
        default: true
        }
    }

    private static func description(of type: JSONValue) -> String {
        switch type {
        case .string(let name): SchemaValidationMessages.article(name)
        case .array(let names):
            names.compactMap { if case .string(let name) = $0 { SchemaValidationMessages.article(name) } else { nil } }
                .joined(separator: " or ")
        default: TaskMessages.kind(type)
        }
    }

    private static func compiles(_ pattern: String) -> Bool { (try? NSRegularExpression(pattern: pattern)) != nil }
}
