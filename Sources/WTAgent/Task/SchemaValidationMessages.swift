import WTDiagnostics
import WTTrace

/// The sentences of `SchemaValidator`: each says what was expected and what was found, so a model (or a
/// person) can fix the value from the message alone.
enum SchemaValidationMessages {
    static let falseSchema = "no value is allowed here (the schema is false)"
    static let matchesNot = "matches the schema under \"not\", which it must not"

    static func expected(_ types: [String], found value: JSONValue) -> String {
        "expected " + types.map(article).joined(separator: " or ") + ", found " + found(value)
    }

    static func notInEnum(_ allowed: [JSONValue], found value: JSONValue) -> String {
        let shown = allowed.prefix(10).map(brief).joined(separator: ", ") + (allowed.count > 10 ? ", …" : "")
        return "expected one of \(shown), found \(brief(value))"
    }

    static func notConst(_ constant: JSONValue, found value: JSONValue) -> String {
        "expected exactly \(brief(constant)), found \(brief(value))"
    }

    static func missingRequired(_ name: String) -> String { "missing the required property \(JSONText.quoted(name))" }

    static func notAllowedProperty(allowed: [String]) -> String {
        guard !allowed.isEmpty else { return "is not allowed: the object may have no other properties" }
        let shown = allowed.prefix(10).joined(separator: ", ") + (allowed.count > 10 ? ", …" : "")
        return "is not allowed: the only properties allowed are \(shown)"
    }

    static func properties(_ count: Int, _ bound: String, _ limit: Double) -> String {
        "has \(count) \(count == 1 ? "property" : "properties"), \(bound) \(number(limit)) expected"
    }

    static func items(_ count: Int, _ bound: String, _ limit: Double) -> String {
        "has \(count) \(count == 1 ? "item" : "items"), \(bound) \(number(limit)) expected"
    }

    static func length(_ count: Int, _ bound: String, _ limit: Double) -> String {
        "is \(count) \(count == 1 ? "character" : "characters") long, \(bound) \(number(limit)) expected"
    }

    static func duplicateItem(of first: Int) -> String { "repeats item [\(first)], and the items must be unique" }

    static func patternMismatch(_ pattern: String) -> String {
        "does not match the pattern \(JSONText.quoted(pattern))"
    }

    static func bound(_ value: Double, _ relation: String, _ limit: Double) -> String {
        "is \(number(value)), expected \(relation) \(number(limit))"
    }

    static func notMultiple(_ value: Double, of divisor: Double) -> String {
        "is \(number(value)), expected a multiple of \(number(divisor))"
    }

    /// No alternative matched; the first problem with each is quoted, so the nearest one can be fixed.
    static func noAlternative(_ keyword: String, _ failures: [SchemaViolation]) -> String {
        let reasons = failures.enumerated().map { "\(keyword)[\($0.offset)]: \($0.element)" }
        return "matches none of the \(failures.count) alternatives of \(keyword) (" + reasons.joined(separator: "; ")
            + ")"
    }

    static func severalAlternatives(_ indices: [Int]) -> String {
        "matches " + indices.map { "oneOf[\($0)]" }.joined(separator: " and ") + ", but exactly one must match"
    }

    static func more(_ count: Int) -> String { "… and \(count) more \(count == 1 ? "problem" : "problems")" }

    static func unresolvedReference(_ ref: String, at pointer: String) -> String {
        "$ref \(JSONText.quoted(ref)) at \(pointer) does not point into this schema; values there were not "
            + "checked against it"
    }

    static func badPattern(_ pattern: String, at pointer: String) -> String {
        "the pattern \(JSONText.quoted(pattern)) at \(pointer) is not a valid regular expression; it was not checked"
    }

    /// `a string`, `an integer`, `null`.
    static func article(_ type: String) -> String {
        switch type {
        case "null": "null"
        case "integer", "array", "object": "an \(type)"
        default: "a \(type)"
        }
    }

    /// What a value is, for "found …": `null`, `a string`, `a number (1.5)`.
    static func found(_ value: JSONValue) -> String {
        switch value {
        case .null: "null"
        case .bool(let flag): "a boolean (\(flag))"
        case .number(let value): "a number (\(number(value)))"
        case .string: "a string"
        case .array: "an array"
        case .object: "an object"
        }
    }

    /// A value in a few characters: scalars as JSON (long strings cut), containers by kind.
    static func brief(_ value: JSONValue) -> String {
        switch value {
        case .null: "null"
        case .bool(let flag): "\(flag)"
        case .number(let value): number(value)
        case .string(let text): JSONText.quoted(text.count > 40 ? String(text.prefix(40)) + "…" : text)
        case .array: "an array"
        case .object: "an object"
        }
    }

    /// `3`, not `3.0`; `0.5`.
    static func number(_ value: Double) -> String {
        value.isFinite && value.rounded() == value && abs(value) < 1e15 ? String(Int(value)) : "\(value)"
    }
}
