import WTExtract
import WTSyntax
import WTTrace

extension Lowerer {
    /// "extract, click next" repeated, ending with an extract on a page without "next": a bounded `repeat`
    /// that stops when the next link is gone.
    mutating func pagination(_ steps: [TraceStep], at i: Int) -> ([Lowered], Int)? {
        guard let into = appendedExtraction(steps[i]) else { return nil }
        var extracts = [steps[i]]
        var clicks: [TraceStep] = []
        var j = i + 1
        while j < steps.count, steps[j].action == .click, Self.changesPage(steps[j]) {
            if j + 1 < steps.count, appendedExtraction(steps[j + 1]) == into {
                clicks.append(steps[j])
                extracts.append(steps[j + 1])
                j += 2
            } else {
                break
            }
        }
        guard !clicks.isEmpty else { return nil }
        let (bound, limit) = loopBound(pages: extracts.count)
        // A run that stopped at the bound may still have had a "next"; one that stopped early had none, and
        // the loop stops where every choice finds nothing: only such choices are chosen.
        let lastPage = extracts.count != limit ? store.document(extracts.last?.before) : nil
        let reported = log.problems.count
        guard let next = locate(clicks, absent: lastPage.map { [$0] } ?? []) else {
            // No "next" that is gone on the last page (a run that failed there): the steps stay as they ran.
            if lastPage != nil { log.problems.removeSubrange(reported...) }
            return nil
        }
        let counter = counterName()
        log.explain.append(
            "steps \(extracts[0].index)…\(clicks.last?.index ?? 0): \(extracts.count) pages of 'extract \(into), click "
                + "next' become a repeat bounded by \(bound) that stops when \(next.source) is gone")
        var pages: [Int: JSONValue] = [:]
        for (k, e) in extracts.enumerated() { pages[e.index] = .number(Double(k + 1)) }
        scope.loopBindings.append(LoopBinding(name: counter, valueAt: pages))
        var body = extraction(extracts)
        scope.loopBindings.removeLast()
        let last = Syntax.binary(.equal, Syntax.reference(counter), Syntax.bound(bound))
        let stop = Syntax.binary(.or, Syntax.not(Expr(.exists(next.locator))), last)
        body.append(Lowered(.ifElse(condition: stop, then: Block(), otherwise: nil), body: [Lowered(.breakLoop)]))
        // The click that reached the last page may have changed what only the last page shows (its "next"
        // gone): checked once, after the loop, not after every click.
        let final = clicks[clicks.count - 1]
        scope.loopEnds.insert(final.index)
        body += action(clicks, context: nil, chosen: next)
        scope.loopEnds.remove(final.index)
        let loop = Statement.Kind.repeatLoop(count: Syntax.bound(bound), counter: Identifier(counter), body: Block())
        return ([Lowered(loop, body: body)] + lastPageChecks(final, bound: bound), j)
    }

    /// What the click that reached the last page changed, checked after the loop, on the last page
    /// whichever iteration that was. When a parameter bounds the loop, stopping with the next control
    /// still there is what the user asked for, so its going away is not checked then.
    mutating func lastPageChecks(_ final: TraceStep, bound: String) -> [Lowered] {
        // A click that moved is checked by the address's shape inside the loop, the last one included.
        guard !Self.moved([final]) else { return [] }
        let control = Int(bound) == nil ? clickedAndAround(final) : []
        let (document, selections) = (store.document(final.before), self.selections)
        let check = pageChange([final]) { mark in
            guard !control.isEmpty, let document,
                let marked = selections.select(.css(mark.selector), in: document, context: nil)
            else { return true }
            return control.isDisjoint(with: marked)
        }
        guard let check else { return [] }
        log.explain.append("step \(final.index) reached the last page: what it changed is checked after the loop")
        return [check]
    }

    /// The element a step acted on and its ancestors, on the page before it.
    private func clickedAndAround(_ step: TraceStep) -> Set<Node> {
        guard let target = step.target, let document = store.document(step.before),
            let node = SnapshotStore.node(target, in: document)
        else { return [] }
        var out: Set<Node> = []
        var current: Node? = node
        while let n = current {
            out.insert(n)
            current = n.parent
        }
        return out
    }

    /// The page counter's name: `page`, unless the program already uses it.
    private func counterName() -> String {
        let taken = Set(outputs.keys).union(scope.variables.keys).union(trace.parameters.map(\.name))
            .union(scope.loopBindings.map(\.name))
        return taken.contains("page") ? "page_number" : "page"
    }

    /// An extraction appending to a list output: its name.
    private func appendedExtraction(_ step: TraceStep) -> String? {
        guard step.action == .extract, let e = step.extraction, e.append, outputs[e.into] != nil else { return nil }
        return e.into
    }

    static func changesPage(_ step: TraceStep) -> Bool {
        step.after?.url != step.before?.url || step.after?.snapshot != step.before?.snapshot
    }

    /// A parameter that bounds this kind of loop (`max_pages` for pages, `max_scrolls` for scrolling, else
    /// `max…`/`limit…`), or twice the repetitions seen (at least 10); with its value in this trace.
    func loopBound(pages: Int, noun: String = "page") -> (text: String, value: Int) {
        let scored = trace.parameters.filter { $0.type == "int" }.map { p -> (Int, TraceParameter) in
            let name = p.name.lowercased()
            let score = name.contains(noun) ? 2 : (name.contains("max") || name.contains("limit")) ? 1 : 0
            return (score, p)
        }
        if let best = scored.filter({ $0.0 > 0 }).max(by: { $0.0 < $1.0 })?.1,
            case .number(let n)? = best.value ?? best.defaultValue
        {
            return (best.name, Int(n))
        }
        let fallback = max(10, 2 * pages)
        return (String(fallback), fallback)
    }

    /// Scrolling down again and again before reading a list: `scroll until no new <item> max N`, which
    /// stops when the list stops growing.
    mutating func infiniteScroll(_ steps: [TraceStep], at i: Int) -> ([Lowered], Int)? {
        var j = i
        while j < steps.count, steps[j].action == .scroll, steps[j].target == nil { j += 1 }
        guard j > i, j < steps.count, steps[j].action == .extract else { return nil }
        let read = extraction([steps[j]])
        guard let container = read.last?.recordContainer else { return nil }
        let bound = loopBound(pages: j - i, noun: "scroll").text
        log.explain.append(
            "steps \(steps[i].index)…\(steps[j - 1].index): \(j - i) scrolls before reading \(container) become "
                + "'scroll until no new' bounded by \(bound)")
        let scroll = Lowered(
            .scroll(.untilNoNew(SelectorText.locator(container), max: Syntax.bound(bound))),
            steps: steps[i..<j].map(\.index))
        // After the wait for the first items, before the read.
        var out = read
        out.insert(scroll, at: read.count - 1)
        return (out, j + 1)
    }
}
