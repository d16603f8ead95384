import WTSyntax

/// Drivers that can tell when a page has stopped changing by itself, so that a wait for "more" (the settle
/// after each scroll of `scroll until`) can end as soon as nothing more is coming instead of at its
/// deadline. A browser watches the page's network requests and its document; plain HTTP pages never change
/// by themselves, and fakes decide as their test says.
///
/// Quiet only ends a wait early: the interpreter still looks at the page itself, and still bounds the wait
/// by its own deadline on the run's clock.
public protocol PageQuiet: Sendable {
    /// Starts a watch for the action about to happen: from now on, requests the page starts and changes to
    /// its document count as activity, and what happened before is forgotten. Call it just before the action.
    func watchActivity() async

    /// `watchActivity` before a scroll meant to make more elements match `list` (`scroll until no new`): a
    /// browser scrolls the box that holds them (their nearest scrollable ancestor) to its end, not only the
    /// page. The hint holds for the next scroll only.
    func watchActivity(growing list: ResolvedLocator, scope: [ResolvedLocator]) async

    /// True when the page has been quiet for `window`: no request it started since `watchActivity` is still
    /// loading, and in the last `window` no such request ended and the document did not change (nor did the
    /// watch start). False when the driver cannot tell.
    func isQuiet(for window: Duration) async -> Bool
}

extension PageQuiet {
    /// Drivers that scroll only the page ignore the list.
    public func watchActivity(growing list: ResolvedLocator, scope: [ResolvedLocator]) async {
        await watchActivity()
    }
}
