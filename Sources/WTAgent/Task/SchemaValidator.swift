import Foundation
import WTTrace

/// Validates a JSON value against a JSON Schema (a draft 2020-12 subset) and returns every problem with its
/// path: what `finish` sends back to the model when its result does not fit `outputSchema`, and what a run
/// checks before it reports success.
///
/// Checked: `type` (one or several, `integer` for integral numbers), `enum`, `const`, `properties`,
/// `patternProperties`, `additionalProperties` (boolean or schema), `required`, `min/maxProperties`,
/// `items`, `prefixItems` (and the older array form of `items`), `min/maxItems`, `uniqueItems`,
/// `min/maxLength` (in Unicode code points), `pattern` (searched, not anchored, as the spec says),
/// `minimum`, `maximum`, `exclusiveMinimum`, `exclusiveMaximum`, `multipleOf`, `allOf`, `anyOf`, `oneOf`,
/// `not`, `if`/`then`/`else`, and local `$ref`s (`#`, `#/$defs/x`, `#/definitions/x`, any JSON Pointer),
/// next to their sibling keywords as draft 2020-12 has it. `format` and other annotations are ignored;
/// any other keyword is ignored and listed in `uncheckedKeywords`.
///
/// ```swift
/// let result = SchemaValidator(schema: schema).validate(value)
/// if !result.isValid { print(result.report) }   // $.quotes[3].author: expected a string, found null
/// ```
public struct SchemaValidator: Sendable {
    /// The schema as given.
    public let schema: JSONValue
    /// How many problems are listed before the rest are only counted.
    public let maximumProblems: Int
    let index: SchemaIndex

    /// The default cap: enough to fix a result in one go, short enough to send to a model.
    public static let defaultMaximumProblems = 20

    /// A validator for `schema`; the schema is read once, here.
    public init(schema: JSONValue, maximumProblems: Int = SchemaValidator.defaultMaximumProblems) {
        self.schema = schema
        self.maximumProblems = max(1, maximumProblems)
        self.index = SchemaIndex(schema)
    }

    /// Every problem of `value` against the schema, the first `maximumProblems` of them listed.
    public func validate(_ value: JSONValue) -> SchemaValidation {
        var walk = SchemaWalk(index: index, cap: maximumProblems, stopAtCap: false)
        walk.check(value, against: schema, at: .root)
        return SchemaValidation(
            violations: walk.violations, omitted: walk.omitted, uncheckedKeywords: index.unknownKeywords,
            schemaProblems: index.problems)
    }
}

/// What is known about a schema before any value is checked: its compiled patterns, the keywords it uses
/// that are not checked, and what is wrong with it.
struct SchemaIndex: @unchecked Sendable {
    // @unchecked: NSRegularExpression is immutable once made and safe to use from several threads.
    let root: JSONValue
    private(set) var patterns: [String: NSRegularExpression] = [:]
    private(set) var unknownKeywords: [String] = []
    private(set) var problems: [String] = []

    init(_ root: JSONValue) {
        self.root = root
        var unknown = Set<String>()
        visit(root, pointer: "#", unknown: &unknown)
        unknownKeywords = unknown.sorted()
    }

    private mutating func visit(_ schema: JSONValue, pointer: String, unknown: inout Set<String>) {
        guard case .object(let members) = schema else { return }
        for member in members {
            let key = member.key
            if !SchemaKeywords.checked.contains(key) && !SchemaKeywords.annotations.contains(key) {
                unknown.insert(key)
            }
            if key == "pattern", case .string(let pattern) = member.value { compile(pattern, at: pointer + "/pattern") }
            if key == "patternProperties", case .object(let named) = member.value {
                for entry in named { compile(entry.key, at: pointer + "/patternProperties") }
            }
            if key == "$ref", case .string(let ref) = member.value, SchemaPointer.resolve(ref, in: root) == nil {
                problems.append(SchemaValidationMessages.unresolvedReference(ref, at: pointer))
            }
        }
        for child in SchemaKeywords.children(of: members) {
            let suffix = child.steps.map { step in
                switch step {
                case .key(let key): "/" + SchemaPointer.escape(key)
                case .index(let index): "/\(index)"
                }
            }.joined()
            visit(child.schema, pointer: pointer + suffix, unknown: &unknown)
        }
    }

    private mutating func compile(_ pattern: String, at pointer: String) {
        guard patterns[pattern] == nil else { return }
        if let regex = try? NSRegularExpression(pattern: pattern) {
            patterns[pattern] = regex
        } else {
            problems.append(SchemaValidationMessages.badPattern(pattern, at: pointer))
        }
    }
}

/// Local `$ref`s: a JSON Pointer fragment (RFC 6901), percent-decoded as a URI fragment.
enum SchemaPointer {
    static func resolve(_ ref: String, in root: JSONValue) -> JSONValue? {
        guard ref.hasPrefix("#"), let fragment = String(ref.dropFirst()).removingPercentEncoding else { return nil }
        if fragment.isEmpty { return root }
        // `#name` is a plain-name anchor, which this validator does not support.
        guard fragment.hasPrefix("/") else { return nil }
        var node = root
        for token in fragment.dropFirst().split(separator: "/", omittingEmptySubsequences: false) {
            // RFC 6901 §4: `~1` first, then `~0`, so `~01` becomes `~1` and not `/`.
            let key = String(token).replacing("~1", with: "/").replacing("~0", with: "~")
            switch node {
            case .object:
                guard let next = node[key] else { return nil }
                node = next
            case .array(let items):
                guard let index = Int(key), items.indices.contains(index) else { return nil }
                node = items[index]
            default: return nil
            }
        }
        return node
    }

    static func escape(_ key: String) -> String { key.replacing("~", with: "~0").replacing("/", with: "~1") }
}
