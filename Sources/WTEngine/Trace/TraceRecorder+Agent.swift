import WTTrace

/// What an agent's run needs beyond a program's: its steps are not program lines, so it names the element
/// behind a ref itself, takes back an extraction it corrected, and assembles the trace from its own
/// declarations rather than a checked program's.
extension TraceRecorder {
    /// How many steps have been recorded so far.
    public var stepCount: Int { steps.count }

    /// Notes that the step at `index` (0-based) acted on the element the agent called `ref`. The locator the
    /// agent's driver used for it (a structural path to that one element) is not evidence a person chose:
    /// it is dropped from the element's selectors, so the compiler ranks the element's own descriptions.
    public func actedOn(ref: String, step index: Int) {
        amend { steps in
            guard steps.indices.contains(index), steps[index].target != nil else { return }
            steps[index].target?.ref = ref
            steps[index].target?.selectors = []
        }
    }

    /// Removes the step at `index` (an extraction the agent replaced before acting again) and numbers the
    /// rest again.
    public func removeStep(at index: Int) {
        amend { steps in
            guard steps.indices.contains(index) else { return }
            steps.remove(at: index)
        }
    }

    /// Removes the steps from `index` on (those a program handed the page ran before it failed).
    public func removeSteps(from index: Int) {
        amend { steps in
            guard index < steps.count else { return }
            steps.removeSubrange(max(index, 0)...)
        }
    }

    /// Drops the extraction steps that read nothing (an empty list or null): a repaired program's steps that
    /// no longer find their elements are not evidence of where the values are.
    public func dropEmptyExtractions() {
        amend { steps in
            steps.removeAll { step in
                guard let value = step.extraction?.value else { return false }
                return value == .null || value == .array([])
            }
        }
    }

    /// The trace of an agent's run: its own task, parameters and outputs, the steps recorded, the result.
    public func agentTrace(
        task: String, name: String, startURL: String, parameters: [TraceParameter], outputs: [TraceOutput],
        outcome: TraceOutcome, result: JSONValue
    ) -> Trace {
        Trace(
            task: task, name: name, startURL: startURL, recordedMode: "browser", parameters: parameters,
            outputs: outputs, steps: steps, outcome: outcome, result: result)
    }
}
