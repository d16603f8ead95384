import WTDiagnostics
import WTSema
import WTSyntax

/// `json "path"`: reads the current page as a JSON document (an API answer, a form that answered JSON)
/// and shapes what the path selects into the target's declared type (`JSONReading`).
extension Executor {
    mutating func readJSON(_ json: JSONExtraction, slot: WTType?, head: String) async throws(Interrupt)
        -> (Value, WTType, String)
    {
        let text = try interpolate(json.path)
        let summary = head + "json \"\(text)\""
        let path = try await jsonPath(text, summary)
        let document = try await jsonDocument(summary)
        let value: Value
        do {
            value = try JSONReading.select(path, in: document, optional: slot?.isOptional ?? false)
        } catch {
            throw await failure(StepError(.notFound, error.message), step: summary)
        }
        let type = slot ?? .error
        return (JSONReading.shaped(value, as: type), type, summary)
    }

    /// `each json "path" { name = json "key" … }`: one record per element, its `json` fields read
    /// relative to the element and shaped by the declared record's field types.
    mutating func readJSONRecords(_ json: JSONExtraction, _ body: RecordBody, slot: WTType?, head: String)
        async throws(Interrupt) -> (Value, WTType, String)
    {
        let text = try interpolate(json.path)
        let summary = head + "each json \"\(text)\""
        let path = try await jsonPath(text, summary)
        var fields: [(name: String, path: JSONPath, type: WTType?)] = []
        let record = slot?.elementType?.unwrapped
        for binding in body.fields {
            guard case .json(let field) = binding.value else { continue }
            let name = binding.name.name
            fields.append((name, try await jsonPath(try interpolate(field.path), summary), record?.field(name)))
        }
        let document = try await jsonDocument(summary)
        let records: [Value]
        do {
            records = try Self.jsonRecords(try JSONReading.recordNodes(path, in: document), fields)
        } catch {
            throw await failure(StepError(.notFound, error.message), step: summary)
        }
        let merged = try await merge(records, body)
        let noun = merged.count == 1 ? "record" : "records"
        return (.list(merged), slot ?? .list(.error), "\(summary) (\(merged.count) \(noun))")
    }

    private static func jsonRecords(
        _ elements: [JSONNode], _ fields: [(name: String, path: JSONPath, type: WTType?)]
    ) throws(JSONReading.Failure) -> [Value] {
        var records: [Value] = []
        for (index, element) in elements.enumerated() {
            var values: [Value.Field] = []
            for field in fields {
                do {
                    let value = try JSONReading.select(
                        field.path, in: element, optional: field.type?.isOptional ?? false)
                    values.append(.init(field.name, field.type.map { JSONReading.shaped(value, as: $0) } ?? value))
                } catch {
                    throw JSONReading.Failure(message: "record \(index + 1), field '\(field.name)': \(error.message)")
                }
            }
            records.append(.record(values))
        }
        return records
    }

    private mutating func jsonPath(_ text: String, _ summary: String) async throws(Interrupt) -> JSONPath {
        do {
            return try JSONPath.parse(text)
        } catch {
            throw await failure(
                StepError(.programError, "invalid JSON path \"\(text)\": \(error.message)"), step: summary)
        }
    }

    private mutating func jsonDocument(_ summary: String) async throws(Interrupt) -> JSONNode {
        let page = try await page(for: summary)
        do {
            return try page.json()
        } catch {
            throw await failure(error, step: summary)
        }
    }
}

extension JSONExtraction {
    /// True when the path has `[*]` (so `+=` concatenates); a path with interpolations counts as one value.
    var producesList: Bool {
        guard let text = path.plainText, let parsed = try? JSONPath.parse(text) else { return false }
        return parsed.yieldsList
    }
}
