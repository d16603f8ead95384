import Foundation

/// The query parameters of each operation, read from the OpenAPI document itself, so a query the
/// generated layer rejected can be blamed on the right parameter (its decoder reports no coding path).
struct QueryRules: Sendable {
    /// One declared query parameter.
    struct Parameter: Sendable, Equatable {
        var name: String
        var required: Bool
        /// `string`, `integer`, …
        var type: String
        /// The allowed values, when the schema lists them (directly or through a `$ref`).
        var allowed: [String]?
    }

    private let byOperation: [String: [Parameter]]

    /// Reads the rules from the document's JSON; an unreadable document gives no rules.
    init(document: [UInt8]) {
        guard let root = try? JSONSerialization.jsonObject(with: Data(document)) as? [String: Any],
            let paths = root["paths"] as? [String: Any]
        else {
            byOperation = [:]
            return
        }
        let schemas = (root["components"] as? [String: Any])?["schemas"] as? [String: Any] ?? [:]
        var rules: [String: [Parameter]] = [:]
        for case let item as [String: Any] in paths.values {
            for case let operation as [String: Any] in item.values {
                guard let id = operation["operationId"] as? String else { continue }
                let parameters = operation["parameters"] as? [[String: Any]] ?? []
                rules[id] = parameters.compactMap { Self.parameter($0, schemas: schemas) }
            }
        }
        byOperation = rules
    }

    private static func parameter(_ json: [String: Any], schemas: [String: Any]) -> Parameter? {
        guard json["in"] as? String == "query", let name = json["name"] as? String else { return nil }
        var schema = json["schema"] as? [String: Any] ?? [:]
        if let ref = schema["$ref"] as? String, let target = schemas[String(ref.split(separator: "/").last ?? "")] {
            schema = target as? [String: Any] ?? [:]
        }
        return Parameter(
            name: name, required: json["required"] as? Bool ?? false, type: schema["type"] as? String ?? "string",
            allowed: schema["enum"] as? [String])
    }

    /// The first declared parameter of `operationID` that `query` leaves out or gets wrong, and why.
    func problem(operationID: String, query: [String: String]) -> (name: String, problem: String)? {
        for parameter in byOperation[operationID] ?? [] {
            guard let value = query[parameter.name] else {
                if parameter.required { return (parameter.name, "is required") }
                continue
            }
            if let allowed = parameter.allowed, !allowed.contains(value) {
                return (parameter.name, "must be one of \(allowed.joined(separator: ", "))")
            }
            if parameter.type == "integer", Int64(value) == nil { return (parameter.name, "must be an integer") }
        }
        return nil
    }

    /// The query items of a request target (`/p?a=1&b=2`), percent-decoded.
    static func items(of path: String?) -> [String: String] {
        guard let path, let items = URLComponents(string: path)?.queryItems else { return [:] }
        var result: [String: String] = [:]
        for item in items where result[item.name] == nil { result[item.name] = item.value ?? "" }
        return result
    }
}
