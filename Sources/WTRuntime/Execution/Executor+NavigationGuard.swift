extension Executor {
    /// Fails the `open` step when the run's navigation guard refuses `url`; the driver is never asked, so a
    /// refused address is not even requested.
    func guardNavigation(to url: String) throws(Interrupt) {
        guard let refusal = context.options.navigationGuard.refusal(for: url) else { return }
        throw failure(
            NavigationMessages.stepRefused("open \(StepText.quoted(url))", refusal), help: refusal.help)
    }
}
