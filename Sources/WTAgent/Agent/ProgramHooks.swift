import WTEngine
import WTRuntime
import WTTrace

/// A repair's hold on the saved program's remaining steps (those from the failing one on): the model may
/// retarget their locators and hand the page back to them. `WTService.ProgramSplice` implements it.
public protocol ProgramHooks: Sendable {
    /// Makes every locator choice of the remaining steps that reads `old` read `new`; how many changed.
    func replaceSelector(_ old: String, with new: String) async -> Int

    /// The remaining steps as `.wt`, for the model to read.
    func remainingSteps() async -> String

    /// Runs the remaining steps from the current page, with the outputs the model read itself (`reads`) in
    /// place of the prefix's: the task's result, or why they failed.
    func resume(reads: [String: Value]) async -> Result<JSONValue, ProgramHookFailure>
}

/// Why the remaining steps could not finish the task, as the model should read it.
public struct ProgramHookFailure: Error, Sendable {
    public let message: String

    public init(_ message: String) { self.message = message }
}

extension AgentSession {
    /// The remaining steps' result, with the values the model read itself before handing the page back
    /// where those steps left an output empty (a field whose step had failed quietly, as optional ones do).
    func withOwnReads(_ result: JSONValue) -> JSONValue {
        guard case .object(let members) = result else { return result }
        let own = extractions.ownOutputs
        return .object(
            members.map { member in
                guard member.value == .null, let value = own[member.key] else { return member }
                return JSONValue.Member(member.key, TraceValues.json(value))
            })
    }

    mutating func replaceSelector(_ old: String, _ new: String) async throws(ToolError) -> String {
        guard let hooks else { throw ToolError(AgentMessages.unknownTool("replace_selector", AgentTools.names)) }
        let changed = await hooks.replaceSelector(old, with: new)
        guard changed > 0 else { throw ToolError(AgentMessages.noSuchSelector(old, await hooks.remainingSteps())) }
        return AgentMessages.replaced(changed, old, new)
    }

    mutating func resumeProgram() async throws(ToolError) -> ToolOutcome {
        guard let hooks else { throw ToolError(AgentMessages.unknownTool("resume_program", AgentTools.names)) }
        let boundary = setup.recorder.stepCount
        switch await hooks.resume(reads: extractions.ownOutputs) {
        case .success(let resumed):
            let result = withOwnReads(resumed)
            let problems = setup.validate(result)
            guard problems.isEmpty else { throw ToolError(AgentMessages.resultMismatch(problems)) }
            resumedAtStep = boundary
            return .finished(result)
        case .failure(let failure):
            // What the remaining steps did before failing is theirs, not the model's: a later resume runs them
            // again from their start, and the repaired program holds them once, as mended.
            setup.recorder.removeSteps(from: boundary)
            throw ToolError(AgentMessages.resumeFailed(scrub(failure.message)))
        }
    }
}
