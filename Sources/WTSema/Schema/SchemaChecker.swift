import WTDiagnostics

/// Walks a program type and a schema side by side and reports where they disagree.
///
/// A node with `$ref` is checked against its own keywords and then against the referenced schema, as
/// draft 2020-12 combines them. Recursive schemas are legal, so each (reference, type) pair being checked
/// is remembered on the way down and not entered again; program types are finite, so every other descent
/// ends when the type runs out of lists and records.
struct SchemaChecker {
    let file: SourceFile
    let root: JSONNode
    var diagnostics: DiagnosticEngine
    /// Everything emitted so far: a subschema reached twice (through `$ref`, or one schema problem met
    /// from two outputs) must not report the same thing twice.
    private var emitted: Set<Diagnostic> = []
    private var activeReferences: Set<ReferenceVisit> = []
    /// How many `$ref`s may be followed inside one another; real schemas need a handful per level.
    static let maximumReferenceDepth = 256

    /// Whether a value may be missing from its place.
    enum Presence {
        /// A property the parent lists in `required`; the entry in that list, for the note.
        case required(JSONNode)
        /// A property that may be left out.
        case optional
        /// A list item or the result itself: always there, so an absent value would be written as null.
        case element
    }

    private struct ReferenceVisit: Hashable {
        var pointer: String
        var type: WTType
    }

    init(file: SourceFile, root: JSONNode, diagnostics: DiagnosticEngine) {
        self.file = file
        self.root = root
        self.diagnostics = diagnostics
    }

    /// Compares the values `type` describes, found at `path`, with the subschema `node`.
    mutating func check(_ type: WTType, against node: SchemaNode, at path: ProgramPath, presence: Presence) {
        guard !diagnostics.isFull else { return }
        let value = type.unwrapped
        if value == .error { return }
        if value == .secret {
            emit(SchemaMessages.secretOutput(path.description), for: path, note: nil)
            return
        }
        switch node.json.value {
        case .bool(true): return
        case .bool(false):
            emit(
                SchemaMessages.forbidden(path.description, node.pointer), for: path,
                note: (SchemaMessages.saysSoHere, node.json.range))
            return
        case .object: break
        default:
            problem(SchemaMessages.invalidSchema(node.pointer, node.json.kindName), at: node.json.range)
            return
        }
        reportUnsupportedKeywords(in: node)
        let constraint = constraint(of: node)
        checkPresence(of: type, constraint, node, at: path, presence: presence)
        if checkValue(value, constraint, node, at: path) {
            descend(into: value, node, at: path)
        }
        followReference(type, node, at: path, presence: presence)
    }

    /// An optional value may be null. That is fine where the schema allows null, or for a property the
    /// schema does not require (the run leaves it out); anywhere else it is an error.
    private mutating func checkPresence(
        of type: WTType, _ constraint: ValueConstraint, _ node: SchemaNode, at path: ProgramPath, presence: Presence
    ) {
        guard type.isOptional, !constraint.allowsNull else { return }
        switch presence {
        case .required(let entry):
            emit(
                SchemaMessages.optionalRequired(path.description, type), for: path,
                note: (SchemaMessages.requiredHere, entry.range), help: SchemaMessages.optionalRequiredHelp)
        case .element:
            let place = constraint.typeNode ?? constraint.valuesNode ?? node.json
            emit(
                SchemaMessages.nullNotAllowed(path.description, type, node.pointer), for: path,
                note: (SchemaMessages.saysSoHere, place.range))
        case .optional:
            break
        }
    }

    private mutating func descend(into value: WTType, _ node: SchemaNode, at path: ProgramPath) {
        switch value {
        case .list(let element):
            guard let items = node.json.member("items") else { return }
            if items.value.arrayValue != nil {
                problem(SchemaMessages.tupleItems, at: items.keyRange)
            } else if let child = node.child("items") {
                check(element, against: child, at: path.appendingItem(), presence: .element)
            }
        case .record(let fields):
            checkMembers(fields, of: node, at: path)
        default:
            break
        }
    }

    private mutating func followReference(_ type: WTType, _ node: SchemaNode, at path: ProgramPath, presence: Presence)
    {
        guard let ref = node.json.member("$ref") else { return }
        guard let text = ref.value.stringValue else {
            problem(SchemaMessages.invalidKeyword("$ref", "a string"), at: ref.value.range)
            return
        }
        switch SchemaReference.resolve(text, in: root) {
        case .failure(.notLocal):
            problem(SchemaMessages.externalRef(text), at: ref.value.range, help: SchemaMessages.externalRefHelp)
        case .failure(.unresolved):
            problem(SchemaMessages.unresolvedRef(text), at: ref.value.range)
        case .success(let target):
            // Chains of references are followed on the call stack; a generated schema chaining thousands
            // of them must end in a diagnostic, not a stack overflow.
            guard activeReferences.count < Self.maximumReferenceDepth else {
                problem(SchemaMessages.referencesTooDeep(Self.maximumReferenceDepth), at: ref.value.range)
                return
            }
            let visit = ReferenceVisit(pointer: target.pointer, type: type)
            guard activeReferences.insert(visit).inserted else { return }
            check(type, against: target, at: path, presence: presence)
            activeReferences.remove(visit)
        }
    }

    // MARK: Emitting

    /// Emits a finding about the program at `path`'s output declaration, with a note at the schema text
    /// that disagrees. At the root there is no declaration, so the finding goes where the note would.
    mutating func emit(
        _ message: DiagnosticMessage, for path: ProgramPath, note: (text: String, range: SourceRange)?,
        help: String? = nil
    ) {
        let noteSpan = note.map { file.span(of: $0.range) }
        if let output = path.output {
            let notes = note.map { [Diagnostic.Note($0.text, span: noteSpan)] } ?? []
            emitOnce(Diagnostic(message, span: output.span, help: help, notes: notes))
        } else {
            emitOnce(Diagnostic(message, span: noteSpan, help: help))
        }
    }

    /// Emits a finding about the schema document itself, placed in the schema file.
    mutating func problem(_ message: DiagnosticMessage, at range: SourceRange, help: String? = nil) {
        emitOnce(Diagnostic(message, span: file.span(of: range), help: help))
    }

    private mutating func emitOnce(_ diagnostic: Diagnostic) {
        guard emitted.insert(diagnostic).inserted else { return }
        diagnostics.emit(diagnostic)
    }
}
