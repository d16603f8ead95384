import WTDiagnostics
import WTSyntax
import WTTrace

/// The candidate family for pages that are JSON documents (an API answer, a form that answered JSON):
/// paths into the document that read the recorded value, `total` or `items[*].name`. Such a page has no
/// element holding the value apart (a browser shows the whole body in one `<pre>`), so selectors cannot.
enum JSONPathSearch {
    /// One example: the page's body as JSON and the value the recording read from it.
    struct Example {
        var document: JSONNode
        var value: JSONValue
    }

    /// The path, as a program writes it, that reads every example's value from its document; nil when
    /// none does. Paths by key come before paths by position, shorter before longer.
    static func path(_ examples: [Example]) -> String? {
        guard let first = examples.first else { return nil }
        var candidates = paths(reading: first.value, in: first.document)
        candidates.sort { (score($0), text($0)) < (score($1), text($1)) }
        let found = candidates.first { path in
            examples.allSatisfy { example in
                read(path, in: example.document).map { JSONMatch.equal($0, example.value) } ?? false
            }
        }
        return found.map(text)
    }

    /// Every path in `root` whose reading equals `value`: a scalar's leaves, and for a list either an
    /// array of scalars (`tags[*]`) or one key of every element of an array of objects (`items[*].name`).
    static func paths(reading value: JSONValue, in root: JSONNode) -> [[JSONPath.Step]] {
        var out: [[JSONPath.Step]] = []
        walk(root, at: []) { node, at in
            if case .array(let wanted) = value {
                guard let items = node.arrayValue, items.count == wanted.count, !items.isEmpty else { return }
                if zip(items, wanted).allSatisfy({ equal($0, $1) }) { out.append(at + [.all]) }
                for key in sharedKeys(items)
                where zip(items, wanted).allSatisfy({ item, want in
                    item[key].map { equal($0, want) } ?? false
                }) {
                    out.append(at + [.all, .key(key)])
                }
            } else if equal(node, value) {
                out.append(at)
            }
        }
        return out.filter { !$0.isEmpty }
    }

    /// What `path` reads in `root`: one node, or every node a `[*]` reaches as an array.
    static func read(_ path: [JSONPath.Step], in root: JSONNode) -> JSONValue? {
        var current = [root]
        for step in path {
            switch step {
            case .key(let key): current = current.compactMap { $0[key] }
            case .index(let i):
                current = current.compactMap { $0.arrayValue?.indices.contains(i) == true ? $0.arrayValue?[i] : nil }
            case .all: current = current.flatMap { $0.arrayValue ?? $0.objectMembers?.map(\.value) ?? [] }
            }
        }
        if path.contains(.all) { return .array(current.map(plain)) }
        return current.first.map(plain)
    }

    private static func walk(_ node: JSONNode, at path: [JSONPath.Step], _ visit: (JSONNode, [JSONPath.Step]) -> Void) {
        visit(node, path)
        if let members = node.objectMembers {
            // A key with a dot or a bracket cannot be written in a path.
            for member in members where !member.key.isEmpty && !member.key.contains(where: { ".[]".contains($0) }) {
                walk(member.value, at: path + [.key(member.key)], visit)
            }
        } else if let items = node.arrayValue {
            for (i, item) in items.enumerated() { walk(item, at: path + [.index(i)], visit) }
        }
    }

    /// The keys every object of `items` has, in the first one's order.
    private static func sharedKeys(_ items: [JSONNode]) -> [String] {
        guard let first = items.first?.objectMembers else { return [] }
        return first.map(\.key).filter { key in
            !key.contains(where: { ".[]".contains($0) }) && items.allSatisfy { $0[key] != nil }
        }
    }

    private static func equal(_ node: JSONNode, _ value: JSONValue) -> Bool { JSONMatch.equal(plain(node), value) }

    /// A document node as a trace value.
    static func plain(_ node: JSONNode) -> JSONValue {
        switch node.value {
        case .null: .null
        case .bool(let b): .bool(b)
        case .number(let n, _): .number(n)
        case .string(let s): .string(s)
        case .array(let items): .array(items.map(plain))
        case .object(let members): .object(members.map { JSONValue.Member($0.key, plain($0.value)) })
        }
    }

    /// Positions read another element once the list changes: paths by key first, then the shorter.
    private static func score(_ path: [JSONPath.Step]) -> Int {
        path.reduce(0) { total, step in if case .index = step { total + 100 } else { total + 1 } }
    }

    /// `items[*].name`: the path as a program writes it (without the optional leading `$.`).
    static func text(_ path: [JSONPath.Step]) -> String {
        let written = JSONPath(steps: path).description
        return written.hasPrefix("$.") ? String(written.dropFirst(2)) : written
    }
}
