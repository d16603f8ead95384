import WTDiagnostics
import WTSema
import WTSyntax

/// The `extract` tool's input as the statement a program would run: `extract into = each "container" { … }`
/// or `extract into = text "selector"`, with the output's type. The agent runs it through the interpreter,
/// so the values it shows the model are exactly what a compiled program would read, and the trace records
/// the step and its selectors the way it records a program's.
struct ExtractRequest {
    /// One field: what to read and where.
    struct Field {
        var name: String
        var kind: FieldKind
        var attribute: String?
        var selector: String
    }

    var into: String
    var append: Bool
    /// One record per element it matches (or, with `one`, the first element's record); nil for a single value.
    var container: String?
    /// The container holds one record, not a list of them (`one` instead of `each`).
    var one: Bool
    /// Frames, shadow hosts or regions to read inside, outermost first (`within "iframe#viewer" { … }`).
    var within: [String]
    var fields: [Field]

    /// Reads the tool input: `into`, `append`, `within` (a selector or a list of them), and either `container`
    /// (+ `one`) + `fields` (name → {selector, kind, attribute}) or a single `selector` (+ `kind`, `attribute`).
    init(_ input: ToolInput) throws(ToolError) {
        into = try input.string("into")
        guard Self.isName(into), Keyword(rawValue: into) == nil else {
            throw ToolError(AgentMessages.badName("into", into))
        }
        append = try input.bool("append", default: false)
        container = try input.optionalString("container")
        one = try input.bool("one", default: false)
        within = try input.optional("within")?.strings() ?? []
        if one && container == nil { throw ToolError(AgentMessages.missingInput("container")) }
        if one && append { throw ToolError(AgentMessages.oneCannotAppend) }
        if container != nil {
            var fields: [Field] = []
            for (name, spec) in try input.required("fields").members() {
                guard Self.isName(name) else { throw ToolError(AgentMessages.badName(spec.path, name)) }
                fields.append(try Self.field(name, spec))
            }
            guard !fields.isEmpty else { throw ToolError(AgentMessages.noFields) }
            self.fields = fields
        } else {
            fields = [try Self.field("value", input)]
        }
    }

    private static func field(_ name: String, _ spec: ToolInput) throws(ToolError) -> Field {
        let kindName = try spec.optionalString("kind") ?? "text"
        guard let kind = FieldKind(rawValue: kindName), kind != .date else {
            throw ToolError(AgentMessages.badKind(spec.path, kindName))
        }
        let attribute = try spec.optionalString("attribute")
        if (kind == .attr || kind == .attrs) && attribute == nil {
            throw ToolError(AgentMessages.missingInput(spec.path.isEmpty ? "attribute" : "\(spec.path).attribute"))
        }
        return Field(name: name, kind: kind, attribute: attribute, selector: try spec.string("selector"))
    }

    /// A name the language accepts: ASCII letters, digits and `_`, not starting with a digit.
    static func isName(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, first == "_" || first.properties.isAlphabetic,
            first.isASCII
        else { return false }
        return text.unicodeScalars.allSatisfy {
            $0.isASCII && ($0 == "_" || $0.properties.isAlphabetic || ("0"..."9").contains($0))
        }
    }

    /// The declared type of one field's value; record fields are optional so a probe never fails on an
    /// empty one (the tool reports empty fields instead).
    static func type(of kind: FieldKind, optional: Bool) -> TypeExpr {
        let scalar: ScalarType =
            switch kind {
            case .number: .number
            case .int, .count: .int
            case .url, .urls: .url
            case .exists: .bool
            default: .string
            }
        if kind.isList { return TypeExpr(.list(TypeExpr(.scalar(scalar))), optional: optional) }
        return TypeExpr(.scalar(scalar), optional: optional && kind != .exists && kind != .count)
    }

    /// The output's type: a list of records, or the single field's type.
    func outputType(optionalFields: Bool) -> TypeExpr {
        guard container != nil else { return Self.type(of: fields[0].kind, optional: true) }
        let record = fields.map { field in
            FieldType(name: Identifier(field.name), type: Self.type(of: field.kind, optional: optionalFields))
        }
        return one ? TypeExpr(.record(record)) : TypeExpr(.list(TypeExpr(.record(record))))
    }

    /// The one-statement program the probe runs on the current page (inside its `within` blocks).
    func program() -> Program {
        let output = Declaration(.output(name: Identifier(into), type: outputType(optionalFields: true)))
        var statement = Statement(.extract(target: Identifier(into), op: append ? .append : .assign, extraction()))
        for scope in within.reversed() { statement = Statement(.within(Self.css(scope), Block([statement]))) }
        return Program(
            header: Header(name: StringLiteral(text: "agent-extract")), declarations: [output],
            statements: [statement])
    }

    private func extraction() -> Extraction {
        guard let container else { return .field(Self.read(fields[0])) }
        let bindings = fields.map { FieldBinding(name: Identifier($0.name), value: .extraction(Self.read($0))) }
        return one ? .one(Self.css(container), RecordBody(bindings)) : .each(Self.css(container), RecordBody(bindings))
    }

    private static func read(_ field: Field) -> FieldExtraction {
        FieldExtraction(
            kind: field.kind, attribute: field.attribute.map { StringLiteral(text: $0) }, locator: css(field.selector))
    }

    private static func css(_ selector: String) -> Locator {
        Locator(choices: [LocatorChoice(.css(StringLiteral(text: selector)))])
    }
}

extension ExtractRequest {
    /// The output's type as `.wt` writes it, for the trace's output declarations.
    func typeText(optionalFields: Bool) -> String { Printer.print(outputType(optionalFields: optionalFields)) }
}
