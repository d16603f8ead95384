import WTRuntime
import WTSyntax

/// `download`: the file an element gives, kept as a `file` output. The download runs through the same
/// recording driver as a program's `download`, so the compiled program fetches the file again itself.
extension AgentSession {
    mutating func download(ref: String, into: String) async throws(ToolError) -> String {
        guard ExtractRequest.isName(into), Keyword(rawValue: into) == nil else {
            throw ToolError(AgentMessages.badName("into", into))
        }
        let target = try await locate(ref)
        let before = setup.recorder.stepCount
        let file: FileRef
        do {
            file = try await setup.driver.download(target.locator, scope: target.scope, timeout: setup.actionTimeout)
        } catch {
            if setup.recorder.stepCount > before { setup.recorder.actedOn(ref: ref, step: before) }
            throw ToolError(scrub(error.message))
        }
        setup.recorder.actedOn(ref: ref, step: before)
        // A second download into the same name before any action replaces the first, as extract does.
        var step = before
        if let old = extractions.replaceable(into)?.step {
            setup.recorder.removeStep(at: old)
            step -= old < step ? 1 : 0
        }
        extractions.keep(ExtractionLog.Entry(download: into, file: file, step: step))
        return scrub(AgentMessages.downloaded(into, file))
    }
}
