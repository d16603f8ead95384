import Foundation
import WTDiagnostics
import WTSyntax
import WTTrace

/// The `json` paths that read a recorded value from the JSON documents it was read from: the recording's
/// own documents are the evidence. A scalar is found where the document holds it (`total`,
/// `meta.count`); a list of scalars where one `[*]` runs over an array (`items[*].name`). Paths are tried
/// shortest first, with fewer positions (`[0]`) first, and kept only when they read every example.
enum JSONPathSearch {
    /// One read: the document, and what the recording got from it.
    struct Example {
        var document: JSONNode
        var value: JSONValue
    }

    /// The best path reading every example's value, as `json` takes it; nil when none does.
    static func path(_ examples: [Example]) -> String? {
        guard let first = examples.first(where: { !isEmptyList($0.value) }) else { return nil }
        let list: Bool
        if case .array = first.value { list = true } else { list = false }
        let candidates = self.candidates(in: first.document, list: list)
        let best = candidates.first { path in
            text(path) != nil
                && examples.allSatisfy { example in
                    guard let read = read(path, in: example.document) else { return false }
                    return matches(read, example.value, list: list)
                }
        }
        return best.flatMap(text)
    }

    /// Records read with `each json "container" { field = json "path" … }`: the container path reaching
    /// one element per recorded record, and for each field (in `fields`' order) the path, relative to
    /// the element, reading that field of every record. Nil when a part is not found.
    static func records(_ examples: [Example], fields: [String]) -> (container: String, fields: [String])? {
        guard let first = examples.first(where: { !isEmptyList($0.value) }) else { return nil }
        let containers = candidates(in: first.document, list: true).filter { path in
            examples.allSatisfy { example in
                guard case .array(let records) = example.value, let read = read(path, in: example.document) else {
                    return false
                }
                return read.count == records.count && read.allSatisfy { $0.objectMembers != nil }
            }
        }
        for container in containers {
            guard let text = text(container) else { continue }
            var pairs: [Example] = []
            for example in examples {
                guard case .array(let records) = example.value, let read = read(container, in: example.document)
                else { return nil }
                pairs += zip(read, records).map { Example(document: $0, value: $1) }
            }
            let paths = fields.map { name in
                path(pairs.map { Example(document: $0.document, value: field(name, of: $0.value)) })
            }
            let found = paths.compactMap { $0 }
            if found.count == fields.count { return (text, found) }
        }
        return nil
    }

    private static func field(_ name: String, of record: JSONValue) -> JSONValue {
        guard case .object(let members) = record else { return .null }
        return members.first { $0.key == name }?.value ?? .null
    }

    /// Every path to a node of `document`, and for a list each with one of its positions (or one more
    /// step past an array) made `[*]`; ordered shortest first, then by how many positions remain. Large
    /// documents are searched only as deep as their first `limit` nodes.
    static func candidates(in document: JSONNode, list: Bool, limit: Int = 20_000) -> [JSONPath] {
        var concrete: [[JSONPath.Step]] = []
        var stack: [(node: JSONNode, steps: [JSONPath.Step])] = [(document, [])]
        while concrete.count < limit, let (node, steps) = stack.popLast() {
            concrete.append(steps)
            if let items = node.arrayValue {
                stack += items.indices.reversed().map { (items[$0], steps + [.index($0)]) }
            } else if let members = node.objectMembers {
                stack += members.reversed().map { ($0.value, steps + [.key($0.key)]) }
            }
        }
        var seen: Set<[JSONPath.Step]> = []
        var out: [[JSONPath.Step]] = []
        for steps in concrete {
            let made: [[JSONPath.Step]] =
                list
                ? steps.indices.compactMap { k in
                    guard case .index = steps[k] else { return nil }
                    var wild = steps
                    wild[k] = .all
                    return wild
                } + [steps + [.all]]
                : [steps]
            for path in made where seen.insert(path).inserted { out.append(path) }
        }
        let ordered = out.enumerated().sorted { a, b in
            let (x, y) = (a.element, b.element)
            return (x.count, positions(x), a.offset) < (y.count, positions(y), b.offset)
        }
        return ordered.map { JSONPath(steps: $0.element) }
    }

    private static func positions(_ steps: [JSONPath.Step]) -> Int {
        steps.filter { if case .index = $0 { true } else { false } }.count
    }

    /// What `path` reads in `document` as `json` does: one node, or for a `[*]` path every node it
    /// reaches (members a key or position misses left out); nil where it reads nothing.
    static func read(_ path: JSONPath, in document: JSONNode) -> [JSONNode]? {
        var current = [document]
        for step in path.steps {
            var next: [JSONNode] = []
            for node in current {
                switch step {
                case .all:
                    guard let items = node.arrayValue ?? node.objectMembers?.map(\.value) else { return nil }
                    next += items
                case .key(let key):
                    if let found = node[key] { next.append(found) } else if !path.yieldsList { return nil }
                case .index(let index):
                    let items = node.arrayValue ?? []
                    let at = index < 0 ? items.count + index : index
                    if items.indices.contains(at) { next.append(items[at]) } else if !path.yieldsList { return nil }
                }
            }
            current = next
        }
        return current
    }

    /// Whether the nodes read are the recorded value: every item in order for a list, else the one node.
    private static func matches(_ read: [JSONNode], _ value: JSONValue, list: Bool) -> Bool {
        guard list else { return read.count == 1 && same(read[0], value) }
        guard case .array(let items) = value, items.count == read.count else { return false }
        return zip(read, items).allSatisfy { same($0, $1) }
    }

    /// A JSON scalar and a recorded value: equal, or the same text (`30` read into a string is "30").
    private static func same(_ node: JSONNode, _ value: JSONValue) -> Bool {
        switch (node.value, value) {
        case (.string(let a), .string(let b)): return a == b
        case (.number(let a, _), .number(let b)): return a == b
        case (.number(_, let text), .string(let b)): return text == b
        case (.string(let a), .number(let b)): return Double(a.trimmingCharacters(in: .whitespaces)) == b
        case (.bool(let a), .bool(let b)): return a == b
        case (.null, .null): return true
        default: return false
        }
    }

    private static func isEmptyList(_ value: JSONValue) -> Bool {
        if case .array(let items) = value { return items.isEmpty }
        return false
    }

    /// The path as written in a program (`items[*].name`, `[0].id`, `$` for the document itself); nil
    /// when a key could not be written (it holds `.`, `[` or `]`, or is empty).
    static func text(_ path: JSONPath) -> String? {
        guard !path.steps.isEmpty else { return "$" }
        var out = ""
        for step in path.steps {
            switch step {
            case .key(let key):
                guard !key.isEmpty, !key.contains(where: { ".[]".contains($0) }), !(out.isEmpty && key.hasPrefix("$"))
                else { return nil }
                out += (out.isEmpty ? "" : ".") + key
            case .index(let index): out += "[\(index)]"
            case .all: out += "[*]"
            }
        }
        return out
    }
}
