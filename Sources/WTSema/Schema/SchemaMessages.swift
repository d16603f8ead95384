import WTDiagnostics

/// The messages of the output-schema check (`wtc check --output-schema`). `path` is a description such as
/// "output 'quotes': field 'author'"; `pointer` is the schema location such as `#/properties/quotes`.
enum SchemaMessages {
    // MARK: The program's outputs against the schema

    static func typeMismatch(_ path: String, _ type: WTType, _ pointer: String, _ types: String) -> DiagnosticMessage {
        .init("schema.type-mismatch", .error, "\(path) is \(type), but the schema (\(pointer)) says \(types)")
    }
    static func notInteger(_ path: String, _ pointer: String) -> DiagnosticMessage {
        .init(
            "schema.not-integer", .error,
            "\(path) is number and may have a fraction, but the schema (\(pointer)) says integer")
    }
    static func enumMismatch(_ path: String, _ type: WTType, _ pointer: String, _ values: String) -> DiagnosticMessage {
        .init("schema.enum-mismatch", .error, "\(path) is \(type), but the schema (\(pointer)) only allows \(values)")
    }
    static func formatMismatch(_ path: String, _ type: WTType, _ pointer: String, _ format: String)
        -> DiagnosticMessage
    {
        .init(
            "schema.format-mismatch", .error, "\(path) is \(type), but the schema (\(pointer)) says format '\(format)'")
    }
    static func formatSuggestion(_ path: String, _ pointer: String, _ format: String, _ better: WTType)
        -> DiagnosticMessage
    {
        .init(
            "schema.format-suggestion", .warning,
            "\(path) is string, but the schema (\(pointer)) says format '\(format)'; declare it '\(better)' so "
                + "values are validated when the program runs")
    }
    static func optionalRequired(_ path: String, _ type: WTType) -> DiagnosticMessage {
        .init(
            "schema.optional-required", .error,
            "\(path) may be absent (declared '\(type)') but the schema requires it")
    }
    static func nullNotAllowed(_ path: String, _ type: WTType, _ pointer: String) -> DiagnosticMessage {
        .init(
            "schema.null-not-allowed", .error,
            "\(path) may be null (declared '\(type)') but the schema (\(pointer)) does not allow null")
    }
    static func secretOutput(_ path: String) -> DiagnosticMessage {
        .init("schema.secret-output", .error, "\(path) is a secret; secrets never leave a run, so no schema accepts it")
    }
    static func forbidden(_ path: String, _ pointer: String) -> DiagnosticMessage {
        .init("schema.forbidden", .error, "\(path) is not allowed: the schema (\(pointer)) is 'false'")
    }
    static func unknownOutput(_ path: String, _ pointer: String, closed: Bool) -> DiagnosticMessage {
        closed
            ? .init(
                "schema.unknown-output", .error,
                "\(path) is not a property of the schema (\(pointer)), which allows no other properties")
            : .init("schema.unknown-output", .warning, "\(path) is not a property of the schema (\(pointer))")
    }
    static func unknownField(_ path: String, _ pointer: String, closed: Bool) -> DiagnosticMessage {
        closed
            ? .init(
                "schema.unknown-field", .error,
                "\(path) is not a property of the schema (\(pointer)), which allows no other properties")
            : .init("schema.unknown-field", .warning, "\(path) is not a property of the schema (\(pointer))")
    }
    static func missingOutput(_ name: String) -> DiagnosticMessage {
        .init(
            "schema.missing-output", .error,
            "the schema requires output '\(name)', but the program declares no such output")
    }
    static func missingField(_ path: String, _ pointer: String, _ name: String) -> DiagnosticMessage {
        .init(
            "schema.missing-field", .error,
            "\(path) has no field '\(name)', but the schema (\(pointer)) requires it")
    }

    // MARK: The schema document itself

    static func rootNotObject(_ found: String) -> DiagnosticMessage {
        .init(
            "schema.root-not-object", .error,
            "an output schema must describe an object (one property per output), but its root is \(found)")
    }
    static func invalidSchema(_ pointer: String, _ kind: String) -> DiagnosticMessage {
        .init("schema.invalid-schema", .error, "the schema at \(pointer) must be an object or a boolean, found \(kind)")
    }
    static func invalidKeyword(_ keyword: String, _ expected: String) -> DiagnosticMessage {
        .init("schema.invalid-keyword", .error, "'\(keyword)' must be \(expected)")
    }
    static func unknownTypeName(_ name: String) -> DiagnosticMessage {
        .init(
            "schema.invalid-keyword", .error,
            "'\(name)' is not a JSON Schema type; use null, boolean, integer, number, string, array or object")
    }
    static func unresolvedRef(_ ref: String) -> DiagnosticMessage {
        .init("schema.unresolved-ref", .error, "'$ref' \"\(ref)\" points to nothing in this schema")
    }
    static func externalRef(_ ref: String) -> DiagnosticMessage {
        .init(
            "schema.unresolved-ref", .error,
            "'$ref' \"\(ref)\" is not a local reference; only references within this file ('#/…') are supported")
    }
    static func referencesTooDeep(_ limit: Int) -> DiagnosticMessage {
        .init("schema.ref-too-deep", .error, "more than \(limit) '$ref's are followed inside one another here")
    }
    static func unsupportedKeyword(_ keyword: String) -> DiagnosticMessage {
        .init("schema.unsupported-keyword", .warning, "'\(keyword)' is not checked")
    }
    static let tupleItems = DiagnosticMessage(
        "schema.unsupported-keyword", .warning,
        "'items' as an array (the tuple form before draft 2020-12) is not checked")

    // MARK: Notes and help

    static let saysSoHere = "the schema says so here"
    static let requiredHere = "the schema requires it here"
    static let closedHere = "the schema allows no other properties here"
    static let propertiesHere = "the schema lists its properties here"
    static let optionalRequiredHelp =
        "add \"null\" to the property's \"type\", remove it from \"required\", or make the declaration non-optional"
    static let notIntegerHelp = "declare it 'int', or let the schema say \"number\""
    static let dateFormatHelp = "a 'date' is written as format 'date' or 'date-time'"
    static let unknownHelp = "add it to the schema's \"properties\", or remove it from the program"
    static func missingOutputHelp(_ name: String) -> String {
        "declare `output \(name): …` in the program, or remove \"\(name)\" from \"required\""
    }
    static let externalRefHelp = "copy the referenced schema into \"$defs\" and refer to it as \"#/$defs/Name\""
}
