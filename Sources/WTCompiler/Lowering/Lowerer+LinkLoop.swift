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
        let variable = Self.singular(e.into)
        loopBindings.append((variable, urls.map(JSONValue.string)))
        defer { loopBindings.removeLast() }
        var body: [Lowered] = [.line("open \(variable)", steps: groups.map { $0[0].index })]
        for p in 1..<groups[0].count { body += lowerStep(groups.map { $0[p] }) }
        let readsOnly = groups[0].allSatisfy { [.open, .extract].contains($0.action) }
        let head = "for each \(variable) in \(e.into)" + (readsOnly ? " concurrency 4" : "")
        explain.append(
            "steps \(groups[0][0].index)…\(groups.last?.last?.index ?? 0): the \(urls.count) links of '\(e.into)' "
                + "opened in order with the same steps become a for-each"
                + (readsOnly ? ", 4 at a time because the pages are only read" : ""))
        var out = list + [.line("expect count \(e.into) >= 1", steps: [])]
        out.append(.block(head, body: body, steps: []))
        if let output = oneRecordPerIteration(groups) {
            out.append(.line("expect count \(output) == count \(e.into)", steps: []))
        }
        return (out, i + 1 + groups.count * groups[0].count)
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
    private func oneRecordPerIteration(_ groups: [[TraceStep]]) -> String? {
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
