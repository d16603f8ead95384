extension Executor {
    /// Fails the `open` step when the run's navigation guard refuses `url`; the driver is never asked, so a
    /// refused address is not even requested.
    func guardNavigation(to url: String) throws(Interrupt) {
        guard let refusal = context.options.navigationGuard.refusal(for: url) else { return }
        throw failure(
            NavigationMessages.stepRefused("open \(StepText.quoted(url))", refusal), help: refusal.help)
    }

    /// Fails a step that would read a page on an address the guard refuses, reached without `open` (a
    /// redirect, a click, the page's script): the request has gone out, but nothing of the page is read.
    func guardLanding(on url: String, step: String) throws(Interrupt) {
        guard let refusal = context.options.navigationGuard.refusal(forLanded: url) else { return }
        throw failure(NavigationMessages.landedRefused(step, refusal), help: refusal.help)
    }
}
