import CDP
import WTRuntime

extension BrowserDriver: PageChanges {
    /// Waits inside the page for the next change to its document, or for the document to be replaced (the
    /// script's world goes away, or the main frame starts loading another), or for `limit`. The page's own
    /// timer ends the script at `limit`, and the DevTools call has its own deadline a little later, so a
    /// renderer that stops answering cannot hold the wait. Always true: a failed call (the document went
    /// away) is a change too. A change made after the last snapshot but before this call counts (the page
    /// script counts the page's changes and notes the count at each snapshot), so the wait looks again at
    /// once rather than one poll interval later, when what changed may be gone again.
    func waitForChange(upTo limit: Duration) async -> Bool {
        let profiled = PhaseProfile.start()
        defer { PhaseProfile.add(.pageWait, since: profiled) }
        let milliseconds = max(
            1, Int(limit.components.seconds * 1000 + limit.components.attoseconds / 1_000_000_000_000_000))
        let floor = max(
            Self.changeWaitFloor,
            Int(lastSnapshotCost.components.attoseconds / 1_000_000_000_000_000)
                + Int(lastSnapshotCost.components.seconds) * 1000)
        let command = Runtime.Evaluate(
            expression: Self.changeScript(milliseconds: milliseconds, floor: floor), returnByValue: true,
            awaitPromise: true)
        _ = try? await session.send(command, timeout: limit + Self.changeWaitMargin)
        return true
    }

    /// How much longer than the page's own timer the DevTools call may take.
    static let changeWaitMargin: Duration = .milliseconds(500)

    /// The fewest milliseconds between the start of a wait and its end after a change (or the last
    /// snapshot's cost, when more): a page that changes on every frame is then read at most every so
    /// often, and never spends more than about half the wait being read.
    static let changeWaitFloor = 10

    /// A promise that resolves once the document changes or has changed since the last snapshot (at the
    /// earliest `floor` ms after it started), or after `milliseconds`. A document being unloaded answers at once.
    static func changeScript(milliseconds: Int, floor: Int) -> String {
        """
        new Promise((done) => {
          const start = performance.now();
          let finished = false;
          const finish = () => { if (finished) return; finished = true; observer.disconnect(); clearTimeout(timer);
            removeEventListener('pagehide', finish); done(true); };
          const observer = new MutationObserver(() => {
            setTimeout(finish, Math.max(0, \(floor) - (performance.now() - start))); });
          const timer = setTimeout(finish, \(milliseconds));
          addEventListener('pagehide', finish);
          observer.observe(document, {subtree: true, childList: true, attributes: true, characterData: true});
          if (window.__wtc && window.__wtc.changedSinceLook()) setTimeout(finish, \(floor));
        })
        """
    }
}
