import WTTrace

extension Lowerer {
    /// A list of links extracted, then each link opened in order with the same steps on every page:
    /// `for each link in links { open link … }`, concurrent when the pages only read.
    mutating func linkLoop(_ steps: [TraceStep], at i: Int) -> ([Lowered], Int)? {
        guard steps[i].action == .extract, let e = steps[i].extraction, outputs[e.into] == nil,
            case .array(let items) = e.value, !items.isEmpty
        else { return nil }
        let urls = items.compactMap { item -> String? in
            if case .string(let s) = item { return s }
            return nil
        }
        guard urls.count == items.count, let groups = iterations(steps, from: i + 1, urls: urls) else { return nil }
        let list = extraction([steps[i]])
        guard !list.isEmpty else { return nil }
        explain.append(
            "steps \(groups[0][0].index)…\(groups.last?.last?.index ?? 0): the \(urls.count) links of '\(e.into)' "
                + "opened in order with the same steps become a for-each")
        let loop = forEachLink(
            list: e.into, urls: urls, opens: groups.map { $0[0].index }, bodies: groups.map { Array($0.dropFirst()) })
        return (list + loop, i + 1 + groups.count * groups[0].count)
    }

    /// `expect count L >= 1`, `for each l in L { open l … }` and, when every iteration added one record to
    /// an output, `expect count output == count L`. Concurrent when the pages are only read.
    mutating func forEachLink(list: String, urls: [String], opens: [Int], bodies: [[TraceStep]]) -> [Lowered] {
        let variable = Self.singular(list)
        var valueAt: [Int: JSONValue] = [:]
        for (k, body) in bodies.enumerated() { for step in body { valueAt[step.index] = .string(urls[k]) } }
        loopBindings.append(LoopBinding(name: variable, valueAt: valueAt))
        defer { loopBindings.removeLast() }
        var body: [Lowered] = [.line("open \(variable)", steps: opens)]
        for p in 0..<(bodies.first?.count ?? 0) { body += lowerStep(bodies.map { $0[p] }) }
        let readsOnly = bodies.allSatisfy { $0.allSatisfy { [.open, .extract].contains($0.action) } }
        if readsOnly { explain.append("the pages of '\(list)' are only read: 4 at a time") }
        let head = "for each \(variable) in \(list)" + (readsOnly ? " concurrency 4" : "")
        var out: [Lowered] = [.line("expect count \(list) >= 1", steps: []), .block(head, body: body, steps: [])]
        if let output = oneRecordPerIteration(bodies) {
            out.append(.line("expect count \(output) == count \(list)", steps: []))
        }
        return out
    }

    /// The steps of each iteration: each starts by opening the next link and has the first one's shape.
    private func iterations(_ steps: [TraceStep], from start: Int, urls: [String]) -> [[TraceStep]]? {
        guard start < steps.count, steps[start].action == .open, steps[start].value == urls[0] else { return nil }
        var length = 1
        while start + length < steps.count, !(steps[start + length].action == .open) { length += 1 }
        var groups: [[TraceStep]] = []
        for (k, url) in urls.enumerated() {
            let from = start + k * length
            guard from + length <= steps.count, steps[from].action == .open, steps[from].value == url else {
                return nil
            }
            let group = Array(steps[from..<(from + length)])
            guard group.map(\.action) == groups.first?.map(\.action) ?? group.map(\.action) else { return nil }
            groups.append(group)
        }
        return groups
    }

    /// The list output every iteration appended exactly one record to, if any.
    func oneRecordPerIteration(_ groups: [[TraceStep]]) -> String? {
        let extracts = groups.map { $0.filter { $0.action == .extract } }
        guard let first = extracts.first, first.count == 1, let into = first[0].extraction?.into, outputs[into] != nil
        else { return nil }
        let each = extracts.allSatisfy { e in
            guard e.count == 1, let x = e[0].extraction, x.into == into, x.append else { return false }
            if case .object = x.value { return true }
            return false
        }
        return each ? into : nil
    }

    static func singular(_ name: String) -> String {
        if name.hasSuffix("ies") { return String(name.dropLast(3)) + "y" }
        if name.hasSuffix("s") && name.count > 1 { return String(name.dropLast()) }
        return name + "_item"
    }
}
