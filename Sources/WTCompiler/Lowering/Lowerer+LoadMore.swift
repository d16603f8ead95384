import WTExtract
import WTSyntax
import WTTrace

extension Lowerer {
    /// "Load more": clicks on one control that leave the address alone, each growing the list read next
    /// (the page before it shows that list's first item, not yet its last), and the control gone after
    /// the last click — the stop condition, seen. The trace shows one run's number of clicks, not the
    /// repeat, so the loop is a guess the replay must confirm (`speculated`): `repeat N { if not exists
    /// control { break } click control }` clicks as often as the run needs, and as often as recorded here.
    mutating func loadMore(_ steps: [TraceStep], at i: Int) -> ([Lowered], Int)? {
        guard context.speculate, steps[i].action == .click, let xpath = steps[i].target?.xpath else { return nil }
        var j = i
        while j < steps.count, steps[j].action == .click, steps[j].target?.xpath == xpath, !Self.moved([steps[j]]) {
            j += 1
        }
        guard j < steps.count, let read = steps[j].extraction, case .array(let items) = read.value,
            let firstItem = Self.strings(in: items.first).first, let lastItem = Self.strings(in: items.last).last,
            firstItem != lastItem
        else { return nil }
        let clicks = Array(steps[i..<j])
        let grew = clicks.allSatisfy { click in
            guard let text = store.document(click.before)?.root?.text else { return false }
            return text.contains(firstItem) && !text.contains(lastItem)
        }
        guard grew, var control = locate(clicks), let last = store.document(steps[j].before) else { return nil }
        control.choices = control.choices.filter {
            selections.select($0.selector, in: last, context: nil)?.isEmpty == true
        }
        guard !control.choices.isEmpty else { return nil }
        let bound = loopBound(pages: clicks.count, noun: "more").text
        log.speculated = true
        log.explain.append(
            "steps \(clicks[0].index)…\(clicks[clicks.count - 1].index): \(clicks.count) click(s) on \(control.source) "
                + "grew the list '\(read.into)' and the control was gone after the last: a repeat bounded by "
                + "\(bound) that clicks while it is there, if the replay confirms it")
        let final = clicks[clicks.count - 1]
        scope.loopEnds.insert(final.index)
        let stop = Syntax.not(Expr(.exists(control.locator)))
        var body = [Lowered(.ifElse(condition: stop, then: Block(), otherwise: nil), body: [Lowered(.breakLoop)])]
        body += action(clicks, context: nil, chosen: control)
        scope.loopEnds.remove(final.index)
        let loop = Statement.Kind.repeatLoop(count: Syntax.bound(bound), counter: nil, body: Block())
        return ([Lowered(loop, body: body)] + lastPageChecks(final, bound: bound), j)
    }
}
