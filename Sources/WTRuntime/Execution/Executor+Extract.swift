import WTSema
import WTSyntax

/// `extract`: field kinds, `each`, `one` and `table` read the snapshot; the target's declared type says
/// which fields may be missing (optional ones read as null) and what the values are converted to.
extension Executor {
    mutating func extract(_ target: Identifier, _ op: AssignOp, _ extraction: Extraction) async throws(Interrupt)
        -> String
    {
        let declared = env.lookup(target.name)?.type
        // What the extraction must produce: the target itself, or one element when `+=` adds one element.
        let slot = op == .assign || extraction.producesList ? declared : declared?.elementType
        let head = "extract \(target.name) \(op.rawValue) "
        let (value, type, summary) = try await read(extraction, slot: slot, head: head)
        try store(target.name, op, value, type: type)
        if context.options.observer != nil {
            let (container, fields) = try locators(of: extraction)
            lastExtraction = StepExtraction(
                into: target.name, append: op == .append, value: value, container: container, fields: fields)
        }
        return summary
    }

    /// The locators an extraction read the page with, resolved as `read` resolved them (interpolation
    /// gives the same text again): for an observer that records them.
    private func locators(of extraction: Extraction) throws(Interrupt) -> (ResolvedLocator?, [FieldLocator]) {
        switch extraction {
        case .field(let field): return (nil, [FieldLocator(name: "value", locator: try resolve(field.locator))])
        case .each(let locator, let body), .one(let locator, let body):
            var fields: [FieldLocator] = []
            for binding in body.fields {
                guard case .extraction(let field) = binding.value else { continue }
                fields.append(FieldLocator(name: binding.name.name, locator: try resolve(field.locator)))
            }
            return (try resolve(locator), fields)
        case .table(let locator, _): return (try resolve(locator), [])
        case .json, .eachJSON: return (nil, [])
        }
    }

    private mutating func read(_ extraction: Extraction, slot: WTType?, head: String) async throws(Interrupt)
        -> (Value, WTType, String)
    {
        switch extraction {
        case .field(let field):
            let request = try fieldRequest(field, name: "value", optional: slot?.isOptional ?? false)
            let summary = head + StepText.field(request)
            let page = try await page(for: summary)
            let value: Value
            do {
                value = try page.extract(request, scope: scope)
            } catch {
                throw await failure(error, step: summary)
            }
            let transformed = try await transform(value, field.transforms, optional: request.optional, step: summary)
            return (transformed, StaticTypes.type(of: field), summary)
        case .each(let locator, let body):
            let container = try resolve(locator)
            let summary = head + "each \(container)"
            let records = try await records(container, body, record: slot?.elementType?.unwrapped, summary)
            let noun = records.count == 1 ? "record" : "records"
            return (.list(records), .list(recordType(body)), "\(summary) (\(records.count) \(noun))")
        case .one(let locator, let body):
            let container = try resolve(locator)
            let summary = head + "one \(container)"
            let records = try await records(container, body, record: slot?.unwrapped, summary)
            return (try await single(records, container, summary), recordType(body), summary)
        case .table(let locator, _):
            let container = try resolve(locator)
            let summary = head + "table \(container)"
            return (try await table(container, slot: slot, summary), slot ?? .list(.error), summary)
        case .json(let json):
            return try await readJSON(json, slot: slot, head: head)
        case .eachJSON(let json, let body):
            return try await readJSONRecords(json, body, slot: slot, head: head)
        }
    }

    private mutating func records(
        _ container: ResolvedLocator, _ body: RecordBody, record: WTType?, _ summary: String
    ) async throws(Interrupt) -> [Value] {
        var requests: [FieldRequest] = []
        for binding in body.fields {
            guard case .extraction(let field) = binding.value else { continue }
            let optional = record?.field(binding.name.name)?.isOptional ?? false
            requests.append(try fieldRequest(field, name: binding.name.name, optional: optional))
        }
        let page = try await page(for: summary)
        let raw: [Value]
        do {
            raw = try page.records(container, fields: requests, scope: scope)
        } catch {
            throw await failure(error, step: summary)
        }
        return try await merge(try await transformFields(raw, body, requests, summary), body)
    }

    /// Applies each field's `then …` transforms to every record.
    private mutating func transformFields(
        _ raw: [Value], _ body: RecordBody, _ requests: [FieldRequest], _ summary: String
    ) async throws(Interrupt) -> [Value] {
        var transformed: [String: (FieldExtraction, Bool)] = [:]
        for (binding, request) in zip(body.fields.filter(\.isExtraction), requests) {
            guard case .extraction(let field) = binding.value, !field.transforms.isEmpty else { continue }
            transformed[request.name] = (field, request.optional)
        }
        guard !transformed.isEmpty else { return raw }
        var out: [Value] = []
        for record in raw {
            guard case .record(let fields) = record else { continue }
            var values: [Value.Field] = []
            for field in fields {
                guard let (extraction, optional) = transformed[field.name] else {
                    values.append(field)
                    continue
                }
                let step = "\(summary): \(field.name)"
                let value = try await transform(field.value, extraction.transforms, optional: optional, step: step)
                values.append(Value.Field(field.name, value))
            }
            out.append(.record(values))
        }
        return out
    }

    /// Adds the fields bound to expressions, in the body's order. Their values cannot depend on the record
    /// (the checker gives them no access to it), so each is evaluated once, and only when there are records.
    mutating func merge(_ raw: [Value], _ body: RecordBody) async throws(Interrupt) -> [Value] {
        guard !raw.isEmpty else { return [] }
        var computed: [String: Value] = [:]
        for binding in body.fields {
            if case .expr(let expr) = binding.value { computed[binding.name.name] = try await evaluate(expr) }
        }
        return raw.map { record in
            .record(
                body.fields.map { binding in
                    let name = binding.name.name
                    return Value.Field(name, computed[name] ?? record[field: name] ?? .null)
                })
        }
    }

    /// `one`: exactly one match, or the first of several when the locator says `first`.
    private mutating func single(_ records: [Value], _ container: ResolvedLocator, _ summary: String)
        async throws(Interrupt) -> Value
    {
        if let only = records.first, records.count == 1 || container.first { return only }
        let error =
            records.isEmpty
            ? StepError(.notFound, "no element matches \(container)")
            : StepError(.ambiguous, "\(records.count) elements match \(container); write 'first' to take the first")
        throw await failure(error, step: summary)
    }

    private mutating func table(_ container: ResolvedLocator, slot: WTType?, _ summary: String) async throws(Interrupt)
        -> Value
    {
        guard case .record(let fields)? = slot?.elementType?.unwrapped else {
            throw failure(RunMessages.internalError("'table' needs a target declared as a list of records"))
        }
        let columns = fields.map { TableColumn(name: $0.name, kind: columnKind($0.type), optional: $0.type.isOptional) }
        let page = try await page(for: summary)
        do {
            return .list(try page.table(container, columns: columns, scope: scope))
        } catch {
            throw await failure(error, step: summary)
        }
    }

    private func fieldRequest(_ field: FieldExtraction, name: String, optional: Bool) throws(Interrupt) -> FieldRequest
    {
        var attribute: String?
        if let literal = field.attribute { attribute = try interpolate(literal) }
        return FieldRequest(
            name: name, kind: field.kind, attribute: attribute, locator: try resolve(field.locator), optional: optional)
    }

    /// The record an `each`/`one` body produces before conversion to the target's type.
    private func recordType(_ body: RecordBody) -> WTType {
        .record(
            body.fields.map { binding in
                switch binding.value {
                case .extraction(let field): .init(name: binding.name.name, type: StaticTypes.type(of: field))
                case .json: .init(name: binding.name.name, type: .error)
                case .expr(let expr): .init(name: binding.name.name, type: StaticTypes.type(of: expr, in: env))
                }
            })
    }

    /// The field kind that reads a table cell as the column's declared type.
    private func columnKind(_ type: WTType) -> FieldKind {
        switch type.unwrapped {
        case .int: .int
        case .number: .number
        case .url: .url
        case .date: .date
        case .bool: .exists
        default: .text
        }
    }
}

extension FieldBinding {
    var isExtraction: Bool {
        if case .extraction = value { return true }
        return false
    }
}

extension Extraction {
    /// True when the extraction yields a list (so `+=` concatenates it).
    var producesList: Bool {
        switch self {
        case .field(let field): field.kind.isList
        case .each, .table, .eachJSON: true
        case .one: false
        case .json(let json): json.producesList
        }
    }
}
