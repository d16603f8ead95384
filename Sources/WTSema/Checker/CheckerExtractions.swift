import WTDiagnostics
import WTSyntax

/// The types extraction forms produce, and record fields checked against the declared record.
extension CheckerWalker {
    /// `expected` is the type the target wants (a list for `each` and `table`, a record for `one`).
    mutating func inferExtraction(_ extraction: Extraction, expected: WTType?, targetName: String) -> WTType {
        switch extraction {
        case .field(let field):
            return inferField(field)
        case .each(let locator, let body):
            checkLocator(locator, forAction: false)
            checkSelectsElements(locator, use: "'each'")
            let record = expected?.elementType?.unwrapped
            return .list(checkRecordBody(body, expected: record, targetName: targetName, at: locator.range))
        case .one(let locator, let body):
            checkLocator(locator, forAction: false)
            checkSelectsElements(locator, use: "'one'")
            return checkRecordBody(body, expected: expected?.unwrapped, targetName: targetName, at: locator.range)
        case .table(let locator, let range):
            checkLocator(locator, forAction: false)
            checkSelectsElements(locator, use: "'table'")
            return checkTable(expected, range)
        case .json(let json):
            return checkJSON(json, expected: expected)
        case .eachJSON(let json, let body):
            checkJSONPathSyntax(json.path)
            let record = expected?.elementType?.unwrapped
            return .list(checkRecordBody(body, expected: record, targetName: targetName, at: json.range, json: true))
        }
    }

    /// `json "path"`: the path's syntax (at its column when the path is plain text), and a declared target
    /// type, which is what the values are shaped into; a path with `[*]` needs a list.
    private mutating func checkJSON(_ json: JSONExtraction, expected: WTType?) -> WTType {
        if let path = checkJSONPathSyntax(json.path), path.yieldsList, let expected, expected != .error,
            expected.unwrapped.elementType == nil
        {
            emit(SemaMessages.jsonListNeedsList(expected), json.path.range)
        }
        guard let expected else {
            emit(SemaMessages.jsonNeedsType, json.range, help: "declare the target first, e.g. 'output total: int'")
            return .error
        }
        return expected
    }

    mutating func inferField(_ field: FieldExtraction) -> WTType {
        checkLocator(field.locator, forAction: false)
        switch field.kind {
        case .html, .url, .urls, .attr, .attrs: checkSelectsElements(field.locator, use: "'\(field.kind.rawValue)'")
        default: break
        }
        if let attribute = field.attribute { checkAttributeName(attribute) }
        return applyTransforms(field.transforms, to: FieldKinds.type(of: field.kind))
    }

    /// The path's syntax, at its column when the path is plain text; the parsed path when it is.
    @discardableResult
    private mutating func checkJSONPathSyntax(_ literal: StringLiteral) -> JSONPath? {
        checkInterpolations(literal)
        guard let text = literal.plainText else { return nil }
        do throws(JSONPath.SyntaxError) {
            return try JSONPath.parse(text)
        } catch {
            let start = literal.sourceOffset(ofDecodedOffset: error.offset, in: file)
            emit(
                SemaMessages.invalidJSONPath(error.message),
                SourceRange(start: start, end: min(start + 1, literal.range.end)),
                help: "write keys with dots, [n] for an element and [*] for all of them: items[*].name")
            return nil
        }
    }

    /// Checks each field binding; with a declared record, also names and types against it. `json`: the
    /// body of `each json`, whose fields read the JSON element (`json "key"`), not the page.
    private mutating func checkRecordBody(
        _ body: RecordBody, expected: WTType?, targetName: String,
        at anchor: SourceRange, json: Bool = false
    ) -> WTType {
        var declared: [WTType.RecordField]?
        if case .record(let fields) = expected { declared = fields }
        var produced: [WTType.RecordField] = []
        var seen: [String: SourceRange] = [:]
        for binding in body.fields {
            let type = fieldType(binding, declared: declared, json: json)
            if let first = seen[binding.name.name] {
                emit(
                    SemaMessages.duplicateField(binding.name.name), binding.name.range,
                    notes: [note("first extracted here", first)])
                continue
            }
            seen[binding.name.name] = binding.name.range
            produced.append(.init(name: binding.name.name, type: type))
            if let declared { checkField(binding, type, declared, targetName) }
        }
        guard let declared else { return .record(produced) }
        for field in declared where !field.type.isOptional && seen[field.name] == nil {
            emit(
                SemaMessages.missingField(field.name, targetName), anchor,
                help: "add '\(field.name) = …' to the block, or declare the field optional ('\(field.type)?')")
        }
        // Reported above field by field; the declared record stands in so the assignment adds nothing.
        return .record(declared)
    }

    private mutating func fieldType(_ binding: FieldBinding, declared: [WTType.RecordField]?, json: Bool) -> WTType {
        switch binding.value {
        case .extraction(let field):
            if json { emit(SemaMessages.pageFieldInJSONRecords, field.range) }
            return inferField(field)
        case .json(let field):
            guard json else {
                emit(SemaMessages.jsonFieldOutsideJSONRecords, field.range)
                return .error
            }
            checkJSONPathSyntax(field.path)
            guard let type = declared?.first(where: { $0.name == binding.name.name })?.type else {
                if declared == nil {
                    emit(SemaMessages.jsonNeedsType, field.range, help: "declare the target as a list of records first")
                }
                return .error
            }
            return type
        case .expr(let expr): return inferType(expr)
        }
    }

    private mutating func checkField(
        _ binding: FieldBinding, _ type: WTType, _ declared: [WTType.RecordField],
        _ targetName: String
    ) {
        guard let target = declared.first(where: { $0.name == binding.name.name }) else {
            emit(
                SemaMessages.extraField(binding.name.name, targetName), binding.name.range,
                help: Suggestions.help(for: binding.name.name, among: declared.map(\.name))
                    ?? "declare it in the output's record type")
            return
        }
        if containsSecret(type) {
            emit(SemaMessages.secretOutput, binding.range)
        } else if !TypeRules.isAssignable(type, to: target.type) {
            var help: String?
            if case .extraction = binding.value { help = FieldKinds.suggestion(for: target.type) }
            emit(
                SemaMessages.notAssignable(type, to: "\(targetName).\(target.name)", target.type), binding.range,
                help: help)
        }
    }

    private mutating func checkTable(_ expected: WTType?, _ range: SourceRange) -> WTType {
        guard let expected, case .record(let fields) = expected.elementType?.unwrapped else {
            emit(
                SemaMessages.tableNeedsType, range,
                help: "declare the target first, e.g. 'output rows: [{ name: string, price: number }]'")
            return .error
        }
        for field in fields where !field.type.isScalar {
            emit(SemaMessages.tableFieldNotScalar(field.name), range)
        }
        return expected
    }
}

/// What each field kind produces, and which kind produces a wanted type.
enum FieldKinds {
    static func type(of kind: FieldKind) -> WTType {
        switch kind {
        case .text, .html, .attr: .string
        case .texts, .attrs: .list(.string)
        case .number: .number
        case .int, .count: .int
        case .url: .url
        case .urls: .list(.url)
        case .date: .date
        case .exists: .bool
        }
    }

    static func suggestion(for target: WTType) -> String? {
        let kind: String? =
            switch target.unwrapped {
            case .url: "url"
            case .number: "number"
            case .int: "int"
            case .date: "date"
            case .bool: "exists"
            case .list(.url): "urls"
            case .list(.string): "texts"
            default: nil
            }
        return kind.map { "use '\($0) …' to extract a \(target.unwrapped)" }
    }
}
