import WTTrace

/// Which keywords `SchemaValidator` checks, which it skips on purpose, and where subschemas sit.
enum SchemaKeywords {
    /// Keywords whose assertions are checked.
    static let checked: Set<String> = [
        "$ref", "type", "enum", "const", "properties", "patternProperties", "additionalProperties", "required",
        "minProperties", "maxProperties", "items", "prefixItems", "minItems", "maxItems", "uniqueItems",
        "minLength", "maxLength", "pattern", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum",
        "multipleOf", "allOf", "anyOf", "oneOf", "not", "if", "then", "else",
    ]

    /// Keywords that assert nothing (annotations, identifiers, containers of definitions); `format` is an
    /// annotation in draft 2020-12 unless a vocabulary says otherwise.
    static let annotations: Set<String> = [
        "$schema", "$id", "$comment", "$anchor", "$defs", "definitions", "title", "description", "default",
        "examples", "deprecated", "readOnly", "writeOnly", "format", "contentEncoding", "contentMediaType",
    ]

    /// Keywords holding one subschema.
    static let single = ["additionalProperties", "not", "if", "then", "else"]
    /// Keywords holding an array of subschemas.
    static let arrays = ["prefixItems", "allOf", "anyOf", "oneOf"]
    /// Keywords holding an object of named subschemas.
    static let maps = ["properties", "patternProperties", "$defs", "definitions"]

    /// Every subschema directly inside `schema`, with the path of keywords that leads to it.
    static func children(of schema: [JSONValue.Member]) -> [(steps: [PathStep], schema: JSONValue)] {
        var children: [(steps: [PathStep], schema: JSONValue)] = []
        for member in schema {
            let key = member.key
            switch member.value {
            case .object(let items) where maps.contains(key):
                children += items.map { ([.key(key), .key($0.key)], $0.value) }
            case .array(let items) where arrays.contains(key) || key == "items":
                children += items.enumerated().map { ([.key(key), .index($0.offset)], $0.element) }
            case let value where single.contains(key) || key == "items":
                children.append(([.key(key)], value))
            default: break
            }
        }
        return children
    }

    /// One step of a path inside a schema.
    enum PathStep: Hashable {
        case key(String)
        case index(Int)
    }
}
