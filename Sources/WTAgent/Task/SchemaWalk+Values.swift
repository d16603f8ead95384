import Foundation
import WTTrace

/// The keywords that apply to one kind of value: objects, arrays, strings and numbers.
extension SchemaWalk {
    mutating func checkObject(_ members: [JSONValue.Member], _ schema: JSONValue, at path: JSONPath) {
        if case .array(let required) = schema["required"] {
            for case .string(let name) in required where !members.contains(where: { $0.key == name }) {
                report(path, SchemaValidationMessages.missingRequired(name))
            }
        }
        count(members.count, schema, "minProperties", "maxProperties", at: path, SchemaValidationMessages.properties)
        let properties = schema["properties"]
        let patterns = patternSchemas(schema["patternProperties"])
        for member in members {
            guard !isDone else { return }
            let memberPath = path.key(member.key)
            var matched = false
            if let property = properties?[member.key] {
                matched = true
                check(member.value, against: property, at: memberPath)
            }
            for (regex, property) in patterns where Self.matches(regex, member.key) {
                matched = true
                check(member.value, against: property, at: memberPath)
            }
            guard !matched, let additional = schema["additionalProperties"] else { continue }
            if additional == .bool(false) {
                report(memberPath, SchemaValidationMessages.notAllowedProperty(allowed: Self.names(properties)))
            } else {
                check(member.value, against: additional, at: memberPath)
            }
        }
    }

    private static func names(_ properties: JSONValue?) -> [String] {
        guard case .object(let named) = properties else { return [] }
        return named.map(\.key)
    }

    private func patternSchemas(_ patterns: JSONValue?) -> [(NSRegularExpression, JSONValue)] {
        guard case .object(let entries) = patterns else { return [] }
        return entries.compactMap { entry in index.patterns[entry.key].map { ($0, entry.value) } }
    }

    mutating func checkArray(_ items: [JSONValue], _ schema: JSONValue, at path: JSONPath) {
        count(items.count, schema, "minItems", "maxItems", at: path, SchemaValidationMessages.items)
        var prefix: [JSONValue] = []
        if case .array(let schemas) = schema["prefixItems"] { prefix = schemas }
        var rest = schema["items"]
        // Before draft 2020-12, an array under `items` was what `prefixItems` is now.
        if case .array(let schemas) = rest {
            prefix = schemas
            rest = nil
        }
        for (offset, item) in items.enumerated() {
            guard !isDone else { return }
            if offset < prefix.count {
                check(item, against: prefix[offset], at: path.index(offset))
            } else if let rest {
                check(item, against: rest, at: path.index(offset))
            }
        }
        if schema["uniqueItems"] == .bool(true), let (first, repeated) = Self.firstDuplicate(items) {
            report(path.index(repeated), SchemaValidationMessages.duplicateItem(of: first))
        }
    }

    /// The first item equal to an earlier one, by canonical form, so a long list is checked in one pass.
    private static func firstDuplicate(_ items: [JSONValue]) -> (Int, Int)? {
        var seen: [JSONValue: Int] = [:]
        for (offset, item) in items.enumerated() {
            let key = JSONEquality.canonical(item)
            if let earlier = seen[key] { return (earlier, offset) }
            seen[key] = offset
        }
        return nil
    }

    mutating func checkString(_ text: String, _ schema: JSONValue, at path: JSONPath) {
        // JSON Schema counts characters as Unicode code points.
        count(text.unicodeScalars.count, schema, "minLength", "maxLength", at: path, SchemaValidationMessages.length)
        if case .string(let pattern) = schema["pattern"], let regex = index.patterns[pattern],
            !Self.matches(regex, text)
        {
            report(path, SchemaValidationMessages.patternMismatch(pattern))
        }
    }

    static func matches(_ regex: NSRegularExpression, _ text: String) -> Bool {
        regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
    }

    mutating func checkNumber(_ number: Double, _ schema: JSONValue, at path: JSONPath) {
        typealias Messages = SchemaValidationMessages
        if case .number(let limit) = schema["minimum"], number < limit {
            report(path, Messages.bound(number, "at least", limit))
        }
        if case .number(let limit) = schema["maximum"], number > limit {
            report(path, Messages.bound(number, "at most", limit))
        }
        if case .number(let limit) = schema["exclusiveMinimum"], number <= limit {
            report(path, Messages.bound(number, "greater than", limit))
        }
        if case .number(let limit) = schema["exclusiveMaximum"], number >= limit {
            report(path, Messages.bound(number, "less than", limit))
        }
        if case .number(let divisor) = schema["multipleOf"], divisor > 0 {
            let quotient = number / divisor
            // Within rounding of the division, so 0.3 is a multiple of 0.1.
            if abs(quotient - quotient.rounded()) > 1e-9 * max(1, abs(quotient)) {
                report(path, Messages.notMultiple(number, of: divisor))
            }
        }
    }

    /// `minX`/`maxX` against a count.
    private mutating func count(
        _ count: Int, _ schema: JSONValue, _ minimum: String, _ maximum: String, at path: JSONPath,
        _ message: (Int, String, Double) -> String
    ) {
        if case .number(let limit) = schema[minimum], Double(count) < limit {
            report(path, message(count, "at least", limit))
        }
        if case .number(let limit) = schema[maximum], Double(count) > limit {
            report(path, message(count, "at most", limit))
        }
    }
}

/// JSON equality as JSON Schema defines it for `enum`, `const` and `uniqueItems`: numbers by value,
/// objects by their members whatever the order.
enum JSONEquality {
    static func equal(_ lhs: JSONValue, _ rhs: JSONValue) -> Bool {
        canonical(lhs) == canonical(rhs)
    }

    /// The value with every object's members sorted by key: equal values have equal canonical forms
    /// (numbers are already compared by value, `1` and `1.0` being the same double).
    static func canonical(_ value: JSONValue) -> JSONValue {
        switch value {
        case .array(let items): .array(items.map(canonical))
        case .object(let members):
            .object(members.map { .init($0.key, canonical($0.value)) }.sorted { $0.key < $1.key })
        default: value
        }
    }
}
