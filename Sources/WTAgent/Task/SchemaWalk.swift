import WTTrace

/// One pass of `SchemaValidator` over a value: reports problems as it goes, the first `cap` of them kept.
/// A trial walk (an `anyOf` alternative, an `if`) stops at its first problem, since only whether the value
/// matches and the first reason it does not are needed.
struct SchemaWalk {
    let index: SchemaIndex
    let cap: Int
    let stopAtCap: Bool
    private(set) var violations: [SchemaViolation] = []
    private(set) var omitted = 0
    /// Every problem reported: a subschema reached twice for one value (through a `$ref` and directly, or
    /// from two `allOf` branches) must not report the same thing twice.
    private var reported: Set<SchemaViolation> = []
    /// `$ref`s being followed at a path: entering one again at the same path would loop without reading
    /// any more of the value (`{"$ref": "#"}` at the root, or two definitions that refer to each other).
    private var activeReferences: Set<ReferenceVisit> = []
    private var referenceDepth = 0
    /// How many `$ref`s may be followed inside one another.
    static let maximumReferenceDepth = 256

    private struct ReferenceVisit: Hashable {
        var ref: String
        var path: String
    }

    init(index: SchemaIndex, cap: Int, stopAtCap: Bool) {
        self.index = index
        self.cap = cap
        self.stopAtCap = stopAtCap
    }

    var isDone: Bool { stopAtCap && !violations.isEmpty }

    mutating func report(_ path: JSONPath, _ message: String) {
        let violation = SchemaViolation(path: path, message: message)
        guard reported.insert(violation).inserted else { return }
        if violations.count < cap {
            violations.append(violation)
        } else {
            omitted += 1
        }
    }

    /// Checks `value`, found at `path`, against `schema`.
    mutating func check(_ value: JSONValue, against schema: JSONValue, at path: JSONPath) {
        guard !isDone else { return }
        switch schema {
        case .bool(false): report(path, SchemaValidationMessages.falseSchema)
        // Anything else that is not an object (true, or not a schema at all, which the pre-check reports)
        // asserts nothing here.
        case .object(let keywords): checkKeywords(value, keywords, at: path)
        default: return
        }
    }

    private mutating func checkKeywords(_ value: JSONValue, _ keywords: [JSONValue.Member], at path: JSONPath) {
        let schema = JSONValue.object(keywords)
        if case .string(let ref) = schema["$ref"] { follow(ref, value, at: path) }
        if let type = schema["type"] { checkType(value, type, at: path) }
        if case .array(let allowed) = schema["enum"], !allowed.contains(where: { JSONEquality.equal($0, value) }) {
            report(path, SchemaValidationMessages.notInEnum(allowed, found: value))
        }
        if let constant = schema["const"], !JSONEquality.equal(constant, value) {
            report(path, SchemaValidationMessages.notConst(constant, found: value))
        }
        switch value {
        case .object(let members): checkObject(members, schema, at: path)
        case .array(let items): checkArray(items, schema, at: path)
        case .string(let text): checkString(text, schema, at: path)
        case .number(let number): checkNumber(number, schema, at: path)
        default: break
        }
        checkCombinators(value, schema, at: path)
    }

    private mutating func checkType(_ value: JSONValue, _ type: JSONValue, at path: JSONPath) {
        let names: [String]
        switch type {
        case .string(let name): names = [name]
        case .array(let items): names = items.compactMap { if case .string(let name) = $0 { name } else { nil } }
        default: return
        }
        guard !names.isEmpty, !names.contains(where: { Self.hasType(value, $0) }) else { return }
        report(path, SchemaValidationMessages.expected(names, found: value))
    }

    static func hasType(_ value: JSONValue, _ name: String) -> Bool {
        switch (name, value) {
        case ("null", .null), ("boolean", .bool), ("number", .number), ("string", .string), ("array", .array),
            ("object", .object):
            true
        case ("integer", .number(let number)): number.isFinite && number.rounded() == number
        default: false
        }
    }

    /// Follows a local `$ref`; one that does not resolve is listed in `SchemaValidation.schemaProblems`.
    private mutating func follow(_ ref: String, _ value: JSONValue, at path: JSONPath) {
        guard let target = SchemaPointer.resolve(ref, in: index.root) else { return }
        let visit = ReferenceVisit(ref: ref, path: path.description)
        guard referenceDepth < Self.maximumReferenceDepth, !activeReferences.contains(visit) else { return }
        activeReferences.insert(visit)
        referenceDepth += 1
        check(value, against: target, at: path)
        referenceDepth -= 1
        activeReferences.remove(visit)
    }

    /// Whether `value` matches `schema`, and the first reason it does not; nothing is reported.
    func trial(_ value: JSONValue, _ schema: JSONValue, at path: JSONPath) -> SchemaViolation? {
        var walk = SchemaWalk(index: index, cap: 1, stopAtCap: true)
        walk.activeReferences = activeReferences
        walk.referenceDepth = referenceDepth
        walk.check(value, against: schema, at: path)
        return walk.violations.first
    }
}
