import WTExtract
import WTSyntax
import WTTrace

extension Lowerer {
    /// The locator for the element every step of `group` acted on, checked on each step's page, and
    /// finding nothing on the `absent` pages.
    mutating func locate(_ group: [TraceStep], context: [Node?]? = nil, absent: [HTMLDocument] = []) -> LocatorDecision?
    {
        var sightings: [Sighting] = []
        for (k, step) in group.enumerated() {
            guard let element = step.target else {
                log.problems.append(LoweringProblem(step: step.index, message: Messages.noTarget(step)))
                return nil
            }
            guard let document = store.document(step.before) else {
                log.problems.append(
                    LoweringProblem(step: step.index, message: Messages.noSnapshot(step), help: Messages.recordAgain))
                return nil
            }
            guard let node = SnapshotStore.node(element, in: document) else {
                log.problems.append(LoweringProblem(step: step.index, message: Messages.elementMissing(step, element)))
                return nil
            }
            let scope = context?[k] ?? nil
            sightings.append(
                Sighting(
                    document: document, target: node, context: scope, step: step.index, recorded: element.selectors))
        }
        var rejected: [String] = []
        let chosen = SelectorChooser.choose(sightings, absent: absent, selections: selections, rejected: &rejected)
        guard let decision = chosen else {
            let step = group[0]
            log.problems.append(
                LoweringProblem(
                    step: step.index, message: Messages.noLocator(step, tried: rejected.count),
                    help: rejected.prefix(3).joined(separator: "; ")))
            return nil
        }
        if !rejected.isEmpty {
            log.explain.append("step \(group[0].index): " + rejected.prefix(4).joined(separator: "; "))
        }
        return decision
    }

    /// Steps from `i` that share the first step's outermost `within` element.
    func scopeEnd(_ steps: [TraceStep], from i: Int) -> Int {
        let head = steps[i].scope.first?.xpath
        var j = i + 1
        while j < steps.count, steps[j].action != .extract, steps[j].scope.first?.xpath == head,
            steps[j].before?.snapshot == steps[i].before?.snapshot || steps[j].before?.url == steps[i].before?.url
        {
            j += 1
        }
        return j
    }

    /// `within <scope> { … }` around steps acted on inside one element (an iframe, a widget).
    mutating func within(_ steps: [TraceStep]) -> [Lowered] {
        let first = steps[0]
        guard let scopeElement = first.scope.first else { return lower(steps) }
        var scoped = first
        scoped.target = scopeElement
        scoped.scope = []
        guard let locator = locate([scoped]) else { return [] }
        log.explain.append("steps \(steps.map(\.index)) run within \(locator.source)")
        var inner: [Lowered] = []
        for step in steps {
            var rest = step
            rest.scope = Array(step.scope.dropFirst())
            let context = store.document(step.before).flatMap { SnapshotStore.node(scopeElement, in: $0) }
            if rest.scope.isEmpty {
                inner += lowerStep([rest], context: [context])
            } else {
                inner += within([rest])
            }
        }
        return [Lowered(.within(locator.locator, Block()), body: inner)]
    }
}
