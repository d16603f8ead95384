/// Drivers that can tell when a page changes, so that a wait (`wait for`, the settle after a scroll) looks
/// again as soon as something happened rather than after a fixed poll interval. A browser watches the
/// document (any node, attribute or text) and its replacement by a new one; plain HTTP pages never change.
///
/// It only shortens a pause between two looks: the interpreter still bounds every wait by its own deadline on
/// the run's clock and looks at the page itself, so a change the driver cannot see (a URL changed by
/// `history.pushState`, a frame's document) is seen at the next look, one poll interval later, as before.
public protocol PageChanges: Sendable {
    /// Returns true when the page has changed since the call or `limit` has passed, whichever came first;
    /// false at once when this driver cannot tell (a wrapper around one that cannot): the caller pauses
    /// on its own clock instead.
    func waitForChange(upTo limit: Duration) async -> Bool
}
