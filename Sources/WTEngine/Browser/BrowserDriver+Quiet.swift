import CDP
import WTRuntime
import WTSyntax

extension BrowserDriver: PageQuiet {
    /// Follows the page's requests from now on (turning on the `Network` domain the first time) and makes
    /// now the document's last change.
    func watchActivity() async {
        guard await activity.listen(session) else { return }
        activity.begin()
        _ = try? await evaluate(PageActivity.changeAge(reset: true))
    }

    /// A watch before a scroll that should grow `list`: the scroll goes to the end of the box holding it.
    func watchActivity(growing list: ResolvedLocator, scope: [ResolvedLocator]) async {
        scrollList = LocatorSpec.source(LocatorSpec.json(list, scope: scope))
        await watchActivity()
    }

    /// Quiet when no request is loading, and neither a request nor the document changed within `window`.
    func isQuiet(for window: Duration) async -> Bool {
        guard activity.networkQuiet(for: window),
            let age = try? await evaluate(PageActivity.changeAge(reset: false)).doubleValue,
            age >= Self.milliseconds(window)
        else { return false }
        // Asked again once the page has answered: a request it started meanwhile was reported before the
        // answer, so it has arrived and is (almost always) noted by now.
        return activity.networkQuiet(for: window)
    }

    private static func milliseconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) * 1000 + Double(duration.components.attoseconds) / 1e15
    }
}
