import WTSyntax
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
        guard urls.count == items.count else { return nil }
        let even = iterations(steps, from: i + 1, urls: urls)
        let odd = even == nil ? uneven(steps, from: i + 1, urls: urls, list: e.into) : nil
        guard let groups = even ?? odd?.groups else { return nil }
        let list = extraction([steps[i]])
        guard !list.isEmpty else { return nil }
        let span =
            "steps \(groups[0][0].index)…\(groups.last?.last?.index ?? 0): the \(urls.count) links of '\(e.into)' "
        if even != nil {
            log.explain.append(span + "opened in order with the same steps become a for-each")
        } else if odd?.guessed == true {
            log.speculated = true
            log.explain.append(
                span + "opened in order, each with its own inner steps, lowered alone gave different programs; the "
                    + "most general one (iteration \((odd?.model ?? 0) + 1)) becomes the for-each, if the replay "
                    + "confirms it on every iteration")
        } else {
            log.explain.append(
                span + "opened in order, each with its own inner loop, become a for-each (each iteration lowered "
                    + "alone gave the same program)")
        }
        let loop = forEachLink(
            list: e.into, urls: urls, opens: groups.map { $0[0].index }, bodies: groups.map { Array($0.dropFirst()) },
            even: even != nil, model: odd?.model ?? 0)
        return (list + loop, i + 1 + groups.reduce(0) { $0 + $1.count })
    }

    /// `expect count L >= 1`, `for each l in L { open l … }` and, when every iteration added one record to
    /// an output (and the loop is not inside another), `expect count output == count L`. Concurrent when the
    /// pages are only read.
    ///
    /// `even` bodies have the same steps, lowered position by position across them; the others (each with
    /// an inner loop of its own length) were each lowered alone: body `model` stands for all.
    mutating func forEachLink(
        list: String, urls: [String], opens: [Int], bodies: [[TraceStep]], even: Bool = true, model: Int = 0
    ) -> [Lowered] {
        let variable = Self.singular(list)
        // Inside another loop the output keeps growing across the outer iterations: no count contract.
        let nested = !scope.loopBindings.isEmpty
        scope.loopBindings.append(Self.binding(variable, urls, bodies))
        defer { scope.loopBindings.removeLast() }
        var body: [Lowered] = [Lowered(.open(Syntax.reference(variable)), steps: opens)]
        if even {
            for p in 0..<(bodies.first?.count ?? 0) { body += lowerStep(bodies.map { $0[p] }) }
        } else {
            // Every iteration is lowered (the replay needs each one's rewritten steps, and the provenance
            // names them all); the explanation is the model's.
            let iterations = bodies.indices.map { k in
                let said = log.explain.count
                let lowered = lower(bodies[k])
                if k != model { log.explain.removeSubrange(said...) }
                return lowered
            }
            body += Lowered.merging(iterations) ?? iterations[model]
        }
        let readsOnly = bodies.allSatisfy { $0.allSatisfy { [.open, .extract].contains($0.action) } }
        if readsOnly { log.explain.append("the pages of '\(list)' are only read: 4 at a time") }
        let loop = Statement.Kind.forEach(
            variable: Identifier(variable), list: Syntax.reference(list), concurrency: readsOnly ? Expr(.int(4)) : nil,
            body: Block())
        let some = Syntax.binary(.greaterEqual, Syntax.count(list), Expr(.int(1)))
        var out = [Lowered(.expect(some)), Lowered(loop, body: body)]
        if !nested, let output = oneRecordPerIteration(bodies) {
            out.append(Lowered(.expect(Syntax.binary(.equal, Syntax.count(output), Syntax.count(list)))))
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

    /// The loop variable bound to the k-th link in the steps of the k-th body.
    static func binding(_ variable: String, _ urls: [String], _ bodies: [[TraceStep]]) -> LoopBinding {
        var valueAt: [Int: JSONValue] = [:]
        for (k, body) in bodies.enumerated() { for step in body { valueAt[step.index] = .string(urls[k]) } }
        return LoopBinding(name: variable, valueAt: valueAt)
    }

    /// Iterations of different lengths — each opens the next link, then runs an inner loop over a list of
    /// its own page: each starts where its link is opened, the last ends after as many statements as the
    /// first has. Every one, lowered alone, must give the same statements; when they do not (a category
    /// with one page has no pagination to see) and the compile may guess, the most general of them is the
    /// `model` — more loops and conditions — and the replay of the whole program decides (`speculated`).
    private func uneven(_ steps: [TraceStep], from start: Int, urls: [String], list: String) -> (
        groups: [[TraceStep]], model: Int, guessed: Bool
    )? {
        var starts: [Int] = []
        var from = start
        for url in urls {
            guard let at = steps[from...].firstIndex(where: { $0.action == .open && $0.value == url }),
                starts.isEmpty ? at == start : true
            else { return nil }
            starts.append(at)
            from = at + 1
        }
        guard starts.count >= 2, let last = starts.last else { return nil }
        var scratch = self
        let first = Array(steps[starts[0]..<starts[1]])
        var constructs = 0
        var k = 1
        while k < first.count {
            k = scratch.lowerNext(first, at: k).1
            constructs += 1
        }
        var end = last + 1
        for _ in 0..<constructs {
            guard end < steps.count else { return nil }
            end = scratch.lowerNext(steps, at: end).1
        }
        let groups = starts.indices.map { k in Array(steps[starts[k]..<(k + 1 < starts.count ? starts[k + 1] : end)]) }
        let bodies = groups.map { Array($0.dropFirst()) }
        guard let lowered = loweredAlone(bodies, Self.singular(list), urls) else { return nil }
        if Self.allAlike(lowered) { return (groups, 0, false) }
        guard context.speculate else { return nil }
        let generality = lowered.map(Lowered.generality)
        guard let most = generality.max(), most > 0, let model = generality.firstIndex(of: most) else { return nil }
        return (groups, model, true)
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
