/// What changed between two views of one document: the lines that are new or read differently (with
/// their refs), and the refs that went away.
enum ViewDelta {
    static func between(_ old: [ViewLine], _ new: [ViewLine]) -> (changed: [ViewLine], removed: [String]) {
        let before = Dictionary(old.map { ($0.key, $0.text) }, uniquingKeysWith: { first, _ in first })
        let now = Set(new.map(\.key))
        let changed = new.filter { before[$0.key] != $0.text }
        let removed = old.compactMap { line in now.contains(line.key) ? nil : line.ref }
        return (changed, removed)
    }

    /// The delta as the model reads it: the changed lines (their nesting kept, shifted to start at the
    /// left), then `removed: [e3] [e7]`; `no changes` when there are none.
    static func text(changed: [ViewLine], removed: [String]) -> [ViewLine] {
        let least = changed.map(\.depth).min() ?? 0
        var lines = changed.map { line -> ViewLine in
            var line = line
            line.depth -= least
            return line
        }
        if !removed.isEmpty {
            let refs = removed.map { "[\($0)]" }.joined(separator: " ")
            lines.append(ViewLine(depth: 0, summary: "removed: " + refs, key: "removed"))
        }
        if lines.isEmpty { lines.append(ViewLine(depth: 0, summary: "no changes", key: "none")) }
        return lines
    }
}
