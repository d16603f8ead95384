import WTDiagnostics
import WTSema
import WTSyntax

/// `json "path"`: the values a path selects in a JSON document, as run-time values shaped by the type the
/// program declared for them. Scalars are converted where the type asks — a number is text where a string
/// is wanted, a string holding just a number (`"12"`, `" 3.5 "`) is that number, `"true"`/`"yes"`/`"1"` a
/// bool (not the page-text readings, which also find 1234 in `"1,234 items"`) — and objects become
/// records whose fields are found by key: the field's own name, else a key that reads as it once
/// lower-cased with every run of other characters as `_` (`"First Name"` and `"first-name"` fill
/// `first_name`).
enum JSONReading {
    struct Failure: Error {
        var message: String
    }

    /// The node(s) `path` selects from `root`: one value, or a list when the path has `[*]`. A missing
    /// key or index is null when `optional`, else a failure naming what the document has there.
    static func select(_ path: JSONPath, in root: JSONNode, optional: Bool) throws(Failure) -> Value {
        guard let found = try nodes(path, in: root, optional: optional) else { return .null }
        if path.yieldsList { return .list(found.map(natural)) }
        return found.first.map(natural) ?? .null
    }

    /// The nodes `path` selects (one unless it has `[*]`); nil when a key or index is missing and the
    /// value is `optional`.
    static func nodes(_ path: JSONPath, in root: JSONNode, optional: Bool) throws(Failure) -> [JSONNode]? {
        var current: [JSONNode] = [root]
        var walked = JSONPath(steps: [])
        for step in path.steps {
            var next: [JSONNode] = []
            for node in current {
                switch step {
                case .all:
                    if let items = node.arrayValue {
                        next += items
                    } else if let members = node.objectMembers {
                        next += members.map(\.value)
                    } else if !path.yieldsList || !optional {
                        throw Failure(
                            message: "\(walked) is \(node.kindName), not an array or object, so [*] finds nothing")
                    }
                case .key, .index:
                    if let found = child(node, step) {
                        next.append(found)
                    } else if !path.yieldsList {
                        if optional { return nil }
                        throw Failure(message: missing(step, in: node, at: walked))
                    }
                }
            }
            walked.steps.append(step)
            current = next
        }
        return current
    }

    /// The elements `each json "path"` makes records of: every node a `[*]` path selects, else the
    /// elements of the array the path names (or the one object it names).
    static func recordNodes(_ path: JSONPath, in root: JSONNode) throws(Failure) -> [JSONNode] {
        let found = try nodes(path, in: root, optional: false) ?? []
        if path.yieldsList { return found }
        guard let only = found.first else { return [] }
        if let items = only.arrayValue { return items }
        guard only.objectMembers != nil else {
            throw Failure(message: "\(path) is \(only.kindName), not an array or object of records")
        }
        return [only]
    }

    private static func child(_ node: JSONNode, _ step: JSONPath.Step) -> JSONNode? {
        switch step {
        case .key(let key): return node[key]
        case .index(let index):
            guard let items = node.arrayValue else { return nil }
            let at = index < 0 ? items.count + index : index
            return items.indices.contains(at) ? items[at] : nil
        case .all: return nil
        }
    }

    /// "the JSON has no "totl" at $; its keys are "total", "items"", like a missing table column.
    private static func missing(_ step: JSONPath.Step, in node: JSONNode, at path: JSONPath) -> String {
        let wanted: String
        switch step {
        case .key(let key): wanted = "no key \"\(key)\""
        case .index(let i): wanted = "no element [\(i)]"
        case .all: wanted = "nothing"
        }
        let has: String
        if let members = node.objectMembers {
            has =
                members.isEmpty
                ? "it is an empty object"
                : "its keys are " + members.prefix(20).map { "\"\($0.key)\"" }.joined(separator: ", ")
        } else if let items = node.arrayValue {
            has = "it is an array of \(items.count)"
        } else {
            has = "it is \(node.kindName)"
        }
        return "the JSON document has \(wanted) at \(path); \(has)"
    }

    /// A JSON value as the run-time value closest to it: whole numbers written without a fraction or
    /// exponent are ints, objects are records in key order.
    static func natural(_ node: JSONNode) -> Value {
        switch node.value {
        case .null: return .null
        case .bool(let b): return .bool(b)
        case .number(let d, let text):
            if !text.contains(where: { $0 == "." || $0 == "e" || $0 == "E" }), let i = Int(text) { return .int(i) }
            return .number(d)
        case .string(let s): return .string(s)
        case .array(let items): return .list(items.map(natural))
        case .object(let members):
            var seen: Set<String> = []
            return .record(
                members.filter { seen.insert($0.key).inserted }.map { Value.Field($0.key, natural($0.value)) })
        }
    }

    /// `value` reshaped toward `type` before the usual conversion (`Coercion`) checks it: scalars read as
    /// text fields are, record fields found by key.
    static func shaped(_ value: Value, as type: WTType) -> Value {
        switch (value, type.unwrapped) {
        case (.list(let items), .list(let element)): return .list(items.map { shaped($0, as: element) })
        case (.record(let fields), .record(let declared)):
            return .record(
                declared.map { field in Value.Field(field.name, shaped(lookup(field.name, in: fields), as: field.type))
                })
        case (.int, .string), (.number, .string), (.bool, .string): return .string(value.text ?? "")
        case (.string(let s), .int): return Int(trimmed(s)).map(Value.int) ?? value
        case (.string(let s), .number): return Double(trimmed(s)).map(Value.number) ?? value
        case (.string(let s), .bool):
            switch s.lowercased() {
            case "true", "yes", "1": return .bool(true)
            case "false", "no", "0": return .bool(false)
            default: return value
            }
        default: return value
        }
    }

    private static func lookup(_ name: String, in fields: [Value.Field]) -> Value {
        if let exact = fields.first(where: { $0.name == name }) { return exact.value }
        return fields.first { keyName($0.name) == name }?.value ?? .null
    }

    /// `"First Name"`, `"first-name"`, `"firstName"` → `first_name`.
    static func keyName(_ key: String) -> String {
        var out = ""
        var gap = false
        var previousLower = false
        for c in key {
            if c.isLetter || c.isNumber {
                if (gap || (c.isUppercase && previousLower)), !out.isEmpty { out.append("_") }
                out += c.lowercased()
                gap = false
                previousLower = c.isLowercase || c.isNumber
            } else {
                gap = true
                previousLower = false
            }
        }
        return out
    }

    private static func trimmed(_ s: String) -> String {
        String(s.drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
    }
}
