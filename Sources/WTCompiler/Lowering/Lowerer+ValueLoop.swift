import WTSyntax
import WTTrace

extension Lowerer {
    /// The same steps done once per value of a list parameter (search for each query, page through the
    /// results, go back): `for each query in queries { … }`. Each iteration is lowered on its own and all
    /// must come out as the same statements, so every locator and extraction was checked on every page.
    mutating func valueLoop(_ steps: [TraceStep], at i: Int) -> ([Lowered], Int)? {
        guard [.fill, .select].contains(steps[i].action), let first = steps[i].value else { return nil }
        for parameter in trace.parameters where parameter.type.hasPrefix("[") {
            guard case .array(let items)? = parameter.value, items.count >= 2, items[0] == .string(first) else {
                continue
            }
            let values = items.compactMap { item -> String? in
                if case .string(let s) = item { return s }
                return nil
            }
            guard values.count == items.count, let starts = starts(steps, from: i, values) else { continue }
            let variable = Self.singular(parameter.name)
            for end in [steps.count, (starts.last ?? 0) + (starts[1] - starts[0])] where end <= steps.count {
                let groups = starts.indices.map { k in
                    Array(steps[starts[k]..<(k + 1 < starts.count ? starts[k + 1] : end)])
                }
                guard sameStatements(groups, variable, values) else { continue }
                var valueAt: [Int: JSONValue] = [:]
                for (k, group) in groups.enumerated() { for s in group { valueAt[s.index] = .string(values[k]) } }
                scope.loopBindings.append(LoopBinding(name: variable, valueAt: valueAt))
                let body = lower(groups[0])
                scope.loopBindings.removeLast()
                log.explain.append(
                    "steps \(steps[i].index)…\(steps[end - 1].index): the same steps for each value of "
                        + "'\(parameter.name)' become a for-each (each iteration lowered alone gave the same program)")
                let loop = Statement.Kind.forEach(
                    variable: Identifier(variable), list: Syntax.reference(parameter.name), concurrency: nil,
                    body: Block())
                return ([Lowered(loop, body: body)], end)
            }
        }
        return nil
    }

    /// Where each value's iteration starts: the same action on the same element, typing the next value.
    private func starts(_ steps: [TraceStep], from i: Int, _ values: [String]) -> [Int]? {
        var out = [i]
        var j = i + 1
        for value in values.dropFirst() {
            guard
                let next = steps[j...].firstIndex(where: {
                    $0.action == steps[i].action && $0.target?.xpath == steps[i].target?.xpath && $0.value == value
                })
            else { return nil }
            out.append(next)
            j = next + 1
        }
        return out
    }

    /// Whether each group, lowered alone bound to its value, gives the same statements.
    private func sameStatements(_ groups: [[TraceStep]], _ variable: String, _ values: [String]) -> Bool {
        guard let lowered = loweredAlone(groups, variable, values) else { return false }
        return Self.allAlike(lowered)
    }

    /// Whether the statements lowered for each group are the same, provenance aside: then one loop body
    /// serves them all.
    static func allAlike(_ lowered: [[Lowered]]) -> Bool {
        Set(lowered.map { $0.map { $0.statement(provenance: false) } }).count == 1
    }

    /// Each group lowered on its own, with `variable` bound to its value; nil when one of them cannot be
    /// lowered. Comparing them tells whether one loop body serves them all.
    func loweredAlone(_ groups: [[TraceStep]], _ variable: String, _ values: [String]) -> [[Lowered]]? {
        var out: [[Lowered]] = []
        for (k, group) in groups.enumerated() {
            var scratch = self
            scratch.log.problems = []
            var valueAt: [Int: JSONValue] = [:]
            for s in group { valueAt[s.index] = .string(values[k]) }
            scratch.scope.loopBindings.append(LoopBinding(name: variable, valueAt: valueAt))
            let lowered = scratch.lower(group)
            guard scratch.log.problems.isEmpty else { return nil }
            out.append(lowered)
        }
        return out
    }
}
