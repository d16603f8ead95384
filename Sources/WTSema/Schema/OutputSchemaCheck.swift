import WTDiagnostics

/// Checks a program's declared outputs against the JSON Schema (a draft 2020-12 subset) its result must
/// satisfy: `wtc check program.wt --output-schema schema.json`.
///
/// The run's result is a JSON object with one property per `output` declaration, so the schema's root
/// must describe an object, and each output is compared with the schema of its property: types, list
/// items, record fields, `required` against optional outputs, `enum`/`const`, `format`, local `$ref`s.
/// Findings about an output are placed at its declaration, with a note at the schema text that
/// disagrees; findings about the schema itself (not JSON, a broken `$ref`) are placed in the schema.
/// Keywords this check does not understand (`anyOf`, `pattern`, …) get one warning each, so nobody
/// mistakes a clean pass for a proof that they hold.
public enum OutputSchemaCheck {
    /// Reads the schema file (already loaded as a `SourceFile`) and emits diagnostics for every mismatch.
    public static func check(outputs: [OutputDeclaration], schema: SourceFile, diagnostics: inout DiagnosticEngine) {
        let root: JSONNode
        do {
            root = try PositionedJSON.parse(schema)
        } catch {
            diagnostics.emit(error.diagnostic(in: schema))
            return
        }
        var checker = SchemaChecker(file: schema, root: root, diagnostics: diagnostics)
        checker.checkRoot(outputs)
        diagnostics = checker.diagnostics
    }
}

extension SchemaChecker {
    /// The root must describe an object; its properties are then compared with the outputs as if the
    /// outputs were the fields of one record.
    mutating func checkRoot(_ outputs: [OutputDeclaration]) {
        guard root.objectMembers != nil else {
            let found = root.boolValue == nil ? "a JSON \(root.kindName)" : "the boolean schema '\(root.kindName)'"
            problem(SchemaMessages.rootNotObject(found), at: root.range)
            return
        }
        let node = SchemaNode(json: root, pointer: "#")
        let constraint = constraint(of: node)
        if let types = constraint.types, !types.contains(.object), let typeNode = constraint.typeNode {
            problem(SchemaMessages.rootNotObject("of type \(JSONSchemaType.describe(types))"), at: typeNode.range)
            return
        }
        let fields = outputs.map { WTType.RecordField(name: $0.name, type: $0.type) }
        check(.record(fields), against: node, at: ProgramPath(outputs: outputs), presence: .element)
    }
}
