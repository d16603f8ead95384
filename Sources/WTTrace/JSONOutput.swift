/// A JSON value as the writer emits it. Integers are kept apart from other numbers so they print exactly,
/// and object members keep the order they were added in.
enum JSONOutput {
    case null
    case bool(Bool)
    case int(Int)
    case number(Double)
    case string(String)
    case array([JSONOutput])
    case object([(key: String, value: JSONOutput)])

    init(_ value: JSONValue) {
        switch value {
        case .null: self = .null
        case .bool(let flag): self = .bool(flag)
        case .number(let number): self = .number(number)
        case .string(let text): self = .string(text)
        case .array(let items): self = .array(items.map(JSONOutput.init))
        case .object(let members): self = .object(members.map { ($0.key, JSONOutput($0.value)) })
        }
    }
}

/// Collects an object's members in order; optional members that are nil and empty lists are left out.
struct JSONObjectBuilder {
    private(set) var members: [(key: String, value: JSONOutput)] = []

    var output: JSONOutput { .object(members) }

    mutating func add(_ key: String, _ value: JSONOutput?) {
        if let value { members.append((key, value)) }
    }

    mutating func add(_ key: String, _ value: String?) {
        add(key, value.map(JSONOutput.string))
    }

    mutating func add(_ key: String, _ value: Int?) {
        add(key, value.map(JSONOutput.int))
    }

    mutating func add(_ key: String, _ value: JSONValue?) {
        add(key, value.map(JSONOutput.init))
    }

    /// A list, left out when empty unless `always` (a required member).
    mutating func add(_ key: String, list: [JSONOutput], always: Bool = false) {
        if always || !list.isEmpty { members.append((key, .array(list))) }
    }
}
