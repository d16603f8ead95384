extension PageScript {
    /// The page's own changes to its document (any node, attribute or text), counted from the moment the
    /// script runs, which is before the page's first script. One observer serves both questions the driver
    /// asks: "did the page change since the last snapshot?" (`changedSinceLook`, so a wait that starts
    /// watching after a change still sees it) and "how long ago did it last change?" (`changeAge`, for the
    /// quiet window of `scroll until`). The attributes this script sets for a moment while it evaluates an
    /// XPath with marks (`data-wtc-mark-N`) are ours, not the page's, and do not count.
    static let changes = #"""
          const changes = { count: 0, seen: 0, at: performance.now() };
          const ownChange = (r) => r.type === 'attributes' && r.attributeName.startsWith('data-wtc-mark-');
          function noteChanges(records) {
            let n = 0;
            for (const r of records) if (!ownChange(r)) n++;
            if (n > 0) { changes.count += n; changes.at = performance.now(); }
          }
          const changeObserver = new MutationObserver(noteChanges);
          changeObserver.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
          // Records still queued (their callback has not run yet) are counted now, so the answer is current.
          function changedSinceLook() { noteChanges(changeObserver.takeRecords()); return changes.count > changes.seen; }
          function looked() { noteChanges(changeObserver.takeRecords()); changes.seen = changes.count; }
          // Milliseconds since the page last changed its document; with `reset`, now counts as a change.
          function changeAge(reset) {
            noteChanges(changeObserver.takeRecords());
            if (reset) changes.at = performance.now();
            return performance.now() - changes.at;
          }
        """#
}
