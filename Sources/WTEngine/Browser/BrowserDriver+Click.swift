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
            let left = max(.milliseconds(1), deadline - clock.now)
            let target = try await actionable(locator, scope: scope, timeout: left)
            var outcome = ClickOutcome(missed: nil, navigating: false)
            try await navigation(timeout: left) { () async throws(StepError) -> Bool in
                let armed = try await evaluateUnlessReplaced("window.__wtc.armClick()", in: target.context)
                do throws(StepError) {
                    try await mouseClick(x: target.x, y: target.y)
                } catch {
                    _ = try? await evaluateUnlessReplaced("window.__wtc.clickResult()", in: target.context)
                    throw error
                }
                if armed?.boolValue == true { outcome = try await clickOutcome(in: target.context) }
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

    /// Disarms the guard and reads what it saw; a document replaced meanwhile was reached (its click navigated).
    private func clickOutcome(in context: FrameContext?) async throws(StepError) -> ClickOutcome {
        guard let state = try await evaluateUnlessReplaced("window.__wtc.clickResult()", in: context) else {
            return ClickOutcome(missed: nil, navigating: true)
        }
        return ClickOutcome(missed: state["missed"]?.stringValue, navigating: state["navigating"]?.boolValue == true)
    }
}
