import WTExtract
import WTRuntime
import WTTrace

extension SnapshotReplayDriver {
    /// The next step, which must be `action`.
    func next(_ action: TraceAction, _ doing: String) throws(StepError) -> TraceStep {
        let step: TraceStep? = withState { state in
            // Extractions were the reads the program just made on this page.
            while state.cursor < actions.count, actions[state.cursor].action == .extract {
                state.page = actions[state.cursor].before ?? state.page
                state.cursor += 1
            }
            return state.cursor < actions.count ? actions[state.cursor] : nil
        }
        guard let step else {
            throw diverge(nil, "the program does \(doing) after the last step of the trace")
        }
        guard step.action == action else {
            throw diverge(step, "step \(step.index) was \(step.action.rawValue), the program does \(doing)")
        }
        return step
    }

    /// An action on an element: the locator must find exactly the element the step acted on.
    @discardableResult
    func act(_ action: TraceAction, _ locator: ResolvedLocator, _ scope: [ResolvedLocator], advancing: Bool = true)
        async throws(StepError) -> TraceStep
    {
        let step = try next(action, "\(action.rawValue) \(locator)")
        guard let page = (try await snapshot() as? ReplaySnapshot)?.page else { throw StepError(.other, "no page") }
        let nodes = try page.matches(locator, scope: scope).nodes
        guard !nodes.isEmpty else { throw diverge(step, "\(locator) finds nothing on the page of step \(step.index)") }
        guard nodes.count == 1 || locator.first else {
            throw diverge(step, "\(locator) finds \(nodes.count) elements on the page of step \(step.index)")
        }
        guard nodes[0].absoluteXPath == step.target?.xpath else {
            throw diverge(
                step,
                "\(locator) finds \(nodes[0].absoluteXPath), but step \(step.index) acted on "
                    + (step.target?.xpath ?? "?"))
        }
        if advancing { advance(step) }
        return step
    }

    func advance(_ step: TraceStep) {
        withState { state in
            state.cursor += 1
            state.page = step.after ?? state.page
        }
    }

    func diverge(_ step: TraceStep?, _ message: String) -> StepError {
        withState { state in
            if state.divergence == nil { state.divergence = (step?.index, message) }
        }
        return StepError(.other, "replay diverged from the trace: \(message)")
    }
}
