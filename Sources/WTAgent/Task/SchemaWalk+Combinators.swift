import WTTrace

extension SchemaWalk {
    /// `allOf`, `anyOf`, `oneOf`, `not` and `if`/`then`/`else`.
    mutating func checkCombinators(_ value: JSONValue, _ schema: JSONValue, at path: JSONPath) {
        if case .array(let all) = schema["allOf"] {
            for branch in all { check(value, against: branch, at: path) }
        }
        if case .array(let any) = schema["anyOf"], !any.isEmpty {
            let failures = any.map { trial(value, $0, at: path) }
            if failures.allSatisfy({ $0 != nil }) {
                report(path, SchemaValidationMessages.noAlternative("anyOf", failures.compactMap { $0 }))
            }
        }
        if case .array(let one) = schema["oneOf"], !one.isEmpty {
            let failures = one.map { trial(value, $0, at: path) }
            let matching = failures.indices.filter { failures[$0] == nil }
            if matching.isEmpty {
                report(path, SchemaValidationMessages.noAlternative("oneOf", failures.compactMap { $0 }))
            } else if matching.count > 1 {
                report(path, SchemaValidationMessages.severalAlternatives(matching))
            }
        }
        if let not = schema["not"], trial(value, not, at: path) == nil {
            report(path, SchemaValidationMessages.matchesNot)
        }
        if let condition = schema["if"] {
            let branch = trial(value, condition, at: path) == nil ? schema["then"] : schema["else"]
            if let branch { check(value, against: branch, at: path) }
        }
    }
}
