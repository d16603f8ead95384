import CDP
import WTRuntime

/// Where a driver script runs: the page's top document, in its main world (where the page script was
/// installed for every new document), or a cross-origin frame's document, in a world of the driver's own.
struct FrameContext: Sendable {
    /// The page's session, or the child session of an out-of-process frame.
    let session: CDPSession
    /// The execution context; nil for the session's main frame and main world.
    let contextID: Int?
    /// The frame's id, for a cross-origin frame's context; nil for the top document.
    var frameID: String? = nil
}

extension BrowserDriver {
    /// The name of the isolated world the driver makes in cross-origin frames; asking for it again returns
    /// the same world while the frame's document lives.
    static let worldName = "__wtc"

    /// The page's top document.
    var top: FrameContext { FrameContext(session: session, contextID: nil) }

    /// The context of the frame whose iframe element `holder` (an expression such as `window.__wtcFrame`)
    /// names in `parent`, with the page script installed; nil when the frame has no document to run in yet
    /// (it is still loading, or it went away). Failures are not errors: the caller waits or skips the frame.
    ///
    /// The frame id comes from `DOM.describeNode` on the element. A frame Chromium runs in another process
    /// (site isolation) has a child session of its own (`FrameTargets`); one in the same process is
    /// reached through the parent's session. Either way the driver works in an isolated world it creates
    /// there: its DOM is the frame's, and no page script can tamper with `window.__wtc`.
    func frameContext(heldBy holder: String, in parent: FrameContext) async -> FrameContext? {
        let lookup = Runtime.Evaluate(expression: holder, returnByValue: false, contextId: parent.contextID)
        guard let objectID = try? await parent.session.send(lookup).result.objectId else { return nil }
        let node = try? await parent.session.send(DOM.DescribeNode(DOM.NodeReference(objectId: objectID)))
        _ = try? await parent.session.send(Runtime.ReleaseObject(objectId: objectID))
        guard let frameID = node?.node.frameId else { return nil }
        let host = frames.session(for: frameID) ?? parent.session
        let world = Page.CreateIsolatedWorld(frameId: frameID, worldName: Self.worldName)
        guard let created = try? await host.send(world) else { return nil }
        let context = FrameContext(session: host, contextID: created.executionContextId, frameID: frameID)
        guard (try? await installScript(in: context)) != nil else { return nil }
        return context
    }

    /// Installs the page script in `context` unless it is there already (the world outlives one step).
    func installScript(in context: FrameContext) async throws(StepError) {
        if try await evaluate("!!window.__wtc", in: context).boolValue == true { return }
        _ = try await evaluate(PageScript.source + ";true", in: context)
    }

    /// Evaluates `expression` in `context` (the top document when nil) and returns its value; a script
    /// exception is a step error, and so is a document replaced while the script ran.
    func evaluate(_ expression: String, in context: FrameContext? = nil, awaitPromise: Bool = false)
        async throws(StepError) -> JSON
    {
        guard let value = try await evaluateUnlessReplaced(expression, in: context, awaitPromise: awaitPromise) else {
            throw StepError(.other, "the page's document was replaced while a script ran in it")
        }
        return value
    }

    /// `evaluate`, answering nil when the script could not run to the end because the document it ran in
    /// was being replaced: its execution context was destroyed or changed, or it threw while the main frame
    /// was between documents. Callers that look at the page treat nil as "not yet" and look again.
    func evaluateUnlessReplaced(_ expression: String, in context: FrameContext? = nil, awaitPromise: Bool = false)
        async throws(StepError) -> JSON?
    {
        let context = context ?? top
        let command = Runtime.Evaluate(
            expression: expression, returnByValue: true, awaitPromise: awaitPromise, contextId: context.contextID)
        let committed = navigations.committed
        let result: Runtime.EvaluationResult
        do {
            result = try await context.session.send(command)
        } catch {
            if Self.documentReplaced(error) { return nil }
            throw Self.stepError(error, doing: Runtime.Evaluate.method, timeout: context.session.defaultTimeout)
        }
        if let exception = result.exceptionDetails {
            if navigations.loading != nil || navigations.committed != committed { return nil }
            throw StepError(.other, "the page script failed: \(exception.message)")
        }
        return result.result.value ?? .null
    }

    /// The browser's answers for a script whose document went away under it.
    static func documentReplaced(_ error: CDPError) -> Bool {
        guard case .protocolError(_, _, let message) = error.kind else { return false }
        let lowered = message.lowercased()
        return lowered.contains("execution context was destroyed") || lowered.contains("cannot find context")
            || lowered.contains("cannot find default execution context")
            || lowered.contains("inspected target navigated")
    }
}
