import WTExtract
import WTTrace

/// The records the recorded program read, computed with WTExtract as the run computes them, so the
/// trace's examples are exactly what its pages show.
extension ShopTrace {
    static func items(_ document: HTMLDocument, _ result: inout [String: [JSONValue]]) throws -> JSONValue {
        let records = try document.extractRecords(
            container: CompiledSelector(css: "article.product-card"),
            fields: [
                FieldSpec("title", .text, try CompiledSelector(css: "h3.title")),
                FieldSpec("price", .number, try CompiledSelector(css: ".price")),
                FieldSpec("link", .url, try CompiledSelector(css: "h3.title a")),
            ])
        let value = json(.list(records))
        if case .array(let list) = value { result["items", default: []] += list }
        return value
    }

    static func product(_ document: HTMLDocument, url: String, _ result: inout [String: [JSONValue]]) throws
        -> JSONValue
    {
        let records = try document.extractRecords(
            container: CompiledSelector(css: ".product"),
            fields: [
                FieldSpec("title", .text, try CompiledSelector(css: "h1")),
                FieldSpec("brand", .text, try CompiledSelector(css: ".brand-link")),
                FieldSpec("price", .number, try CompiledSelector(css: ".info .price")),
                FieldSpec("sku", .text, try CompiledSelector(css: ".sku-value")),
                FieldSpec("rating", .number, try CompiledSelector(css: ".rating-value")),
                FieldSpec("description", .text, try CompiledSelector(css: ".description")),
            ])
        guard records.count == 1, case .record(var fields) = records[0] else {
            throw BenchError("\(url): \(records.count) products")
        }
        // `page = link`: the loop variable, the address just opened.
        fields.append(ExtractedValue.Field("page", .url(url)))
        let value = json(.record(fields))
        result["products", default: []].append(value)
        return value
    }

    static func reviews(_ document: HTMLDocument, _ result: inout [String: [JSONValue]]) throws -> JSONValue {
        let records = try document.extractRecords(
            container: CompiledSelector(css: ".review"),
            fields: [
                FieldSpec("author", .text, try CompiledSelector(css: ".review-author")),
                FieldSpec("stars", .int, try CompiledSelector(css: ".review-stars")),
                FieldSpec("text", .text, try CompiledSelector(css: ".review-text")),
            ])
        let value = json(.list(records))
        if case .array(let list) = value { result["reviews", default: []] += list }
        return value
    }

    /// `TraceValues.json` of the runtime value the extraction became.
    static func json(_ value: ExtractedValue) -> JSONValue {
        switch value {
        case .null: .null
        case .string(let s), .url(let s), .date(let s): .string(s)
        case .int(let i): .number(Double(i))
        case .number(let d): .number(d)
        case .bool(let b): .bool(b)
        case .list(let items): .array(items.map(json))
        case .record(let fields): .object(fields.map { JSONValue.Member($0.name, json($0.value)) })
        }
    }
}
