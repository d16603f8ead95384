import CDP
import WTRuntime

extension BrowserDriver {
    /// What the page saw of a click (`PageScript.clickGuard`).
    struct ClickOutcome {
        /// What received the click instead of the element (the click was stopped there), or nil.
        var missed: String?
        /// The click asked for another document in the main frame or a frame.
        var navigating: Bool
    }

    /// A click that reaches the element or nothing: the page's guard stops input that lands on something
    /// else (the page moved between the look and the click), and the driver looks for the element again
    /// and clicks anew, until the step's deadline.
    func guardedClick(_ locator: ResolvedLocator, scope: [ResolvedLocator], timeout: Duration) async throws(StepError) {
        let clock = ContinuousClock()
        let deadline = clock.now.advanced(by: timeout)
        while true {
            let target = try await actionable(locator, scope: scope, timeout: timeout, until: deadline)
            var outcome = ClickOutcome(missed: nil, navigating: false)
            try await navigation(timeout: timeout, until: deadline) { () async throws(StepError) -> Bool in
                let armed = try await evaluateUnlessReplaced("window.__wtc.armClick()", in: target.context)
                let started = navigations.started
                do throws(StepError) {
                    try await mouseClick(x: target.x, y: target.y)
                } catch {
                    _ = await clickOutcome(in: target.context, until: deadline)
                    throw error
                }
                // A click that started a navigation reached what it aimed at (a stopped one starts nothing),
                // and the old document is not asked: the browser holds a page's calls while its next
                // document loads.
                if navigations.started != started { return true }
                if armed?.boolValue == true { outcome = await clickOutcome(in: target.context, until: deadline) }
                // Only the main frame's navigations are waited for (`navigation`).
                return outcome.navigating && target.context == nil
            }
            guard let other = outcome.missed else { return }
            guard clock.now < deadline else {
                throw StepError(
                    .timeout,
                    "\(target.description) moved: the click at its centre reached \(other) "
                        + "(waited \(Self.format(timeout)))")
            }
        }
    }

    /// Disarms the guard and reads what it saw. No answer within `clickResultDeadline` (or the step's
    /// deadline) means the document is being replaced: the click reached something that navigated.
    private func clickOutcome(in context: FrameContext?, until deadline: ContinuousClock.Instant) async
        -> ClickOutcome
    {
        let frame = context ?? top
        let left = max(.milliseconds(1), min(Self.clickResultDeadline, deadline - .now))
        let command = Runtime.Evaluate(
            expression: "window.__wtc.clickResult()", returnByValue: true, awaitPromise: false,
            contextId: frame.contextID)
        guard let answer = try? await frame.session.send(command, timeout: left), answer.exceptionDetails == nil,
            let state = answer.result.value
        else {
            return ClickOutcome(missed: nil, navigating: true)
        }
        return ClickOutcome(missed: state["missed"]?.stringValue, navigating: state["navigating"]?.boolValue == true)
    }

    /// How long the page may take to say what its guard saw.
    static let clickResultDeadline: Duration = .seconds(1)
}
