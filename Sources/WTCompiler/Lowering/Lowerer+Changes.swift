import WTExtract
import WTSyntax
import WTTrace

/// Postconditions from what an action changed on a page it did not leave: an element that appeared on
/// every run of the step (a confirmation, a result panel, an opened dialog) or, when none did, one that
/// went away (a closed dialog, a replaced form). A replay where the action silently did nothing, or did
/// something else, then fails at the step instead of reading an unchanged page.
extension Lowerer {
    /// A distinguishing name an element carries: its id or one of its stable classes.
    struct Mark: Hashable {
        var selector: String
        /// Ids are more specific than classes.
        var rank: Int
    }

    /// `wait for exists X` (browser programs: the change may come from a script, after the action) or
    /// `expect exists X` (other programs, when the action loaded a new document); nil when the action
    /// changed nothing it can name on every run, or the check could not run in this mode.
    mutating func pageChange(_ group: [TraceStep]) -> Lowered? {
        let navigated = group.allSatisfy { step in
            guard let response = step.after?.response else { return false }
            return response != step.before?.response
        }
        guard browser || navigated else { return nil }
        guard let pages = changePages(group) else { return nil }
        /// A browser waits for the change (a script may make it after the action); a served page has it.
        func check(_ condition: Expr) -> Lowered {
            Lowered(browser ? .waitFor(condition, timeout: nil) : .expect(condition))
        }
        if let mark = changedMark(pages, appeared: true) {
            if nextActsInside(mark, after: group[0]) {
                log.explain.append(
                    "step \(group[0].index): \(mark.selector) appeared after it; the next step acts inside it and waits for it"
                )
                return nil
            }
            log.explain.append("step \(group[0].index): \(mark.selector) appeared after it on every run: checked")
            return check(Syntax.exists(mark.selector))
        }
        if let mark = changedMark(pages, appeared: false) {
            log.explain.append("step \(group[0].index): \(mark.selector) went away after it on every run: checked")
            return check(Syntax.not(Syntax.exists(mark.selector)))
        }
        return nil
    }

    /// Per run of the step: the page before it, and the pages after it the check must hold on — where the
    /// trace saw the page settle (the next step's page before, which is also what the replay shows; the
    /// snapshot right after the action when no step follows: a script may not have run yet when it was
    /// taken) and, for an HTTP program, the document as served. Nil when a snapshot is missing.
    private func changePages(_ group: [TraceStep]) -> [(before: HTMLDocument, after: [HTMLDocument])]? {
        var out: [(before: HTMLDocument, after: [HTMLDocument])] = []
        for step in group {
            guard let before = store.document(step.before),
                let settled = store.document(following[step.index]?.before ?? step.after)
            else { return nil }
            var later = [settled]
            if !browser {
                guard let served = store.response(step.after) else { return nil }
                later.append(served)
            }
            out.append((before, later))
        }
        return out
    }

    /// The best mark found on no page before and on every page after (`appeared`), or the reverse: the
    /// one on the element nearest the root of the changed part, an id before a class, then page order.
    private func changedMark(_ pages: [(before: HTMLDocument, after: [HTMLDocument])], appeared: Bool) -> Mark? {
        guard let first = pages.first else { return nil }
        let source = appeared ? first.after[0] : first.before
        let other = appeared ? [first.before] : first.after
        let present = Set(other.flatMap { Self.marks(in: $0).map(\.mark) })
        let fresh = Self.marks(in: source).filter { !present.contains($0.mark) }
        let ordered = fresh.enumerated().sorted {
            ($0.element.depth, -$0.element.mark.rank, $0.offset) < ($1.element.depth, -$1.element.mark.rank, $1.offset)
        }
        for (_, candidate) in ordered.prefix(12) {
            let selector = Selector.css(candidate.mark.selector)
            let holds = pages.allSatisfy { run in
                let shown = appeared ? run.after : [run.before]
                let gone = appeared ? [run.before] : run.after
                // In a browser `wait for exists` waits for a visible element, so an appeared mark must show.
                return shown.allSatisfy { page in
                    let found = selections.select(selector, in: page, context: nil) ?? []
                    return browser && appeared ? found.contains(where: \.isRendered) : !found.isEmpty
                }
                    && gone.allSatisfy { selections.select(selector, in: $0, context: nil)?.isEmpty == true }
            }
            if holds { return candidate.mark }
        }
        return nil
    }

    /// Whether the step after `step` acts on an element `mark` selects or one inside it: that step waits for
    /// its element, so a check of its own would only repeat it.
    private func nextActsInside(_ mark: Mark, after step: TraceStep) -> Bool {
        guard let next = following[step.index], let element = next.target,
            let document = store.document(next.before), let target = SnapshotStore.node(element, in: document),
            let marked = selections.select(.css(mark.selector), in: document, context: nil)
        else { return false }
        let holders = Set(marked)
        var node: Node? = target
        while let current = node {
            if holders.contains(current) { return true }
            node = current.parent
        }
        return false
    }

    /// The marks of a page's elements inside `<body>`, each with the depth of its first element.
    static func marks(in document: HTMLDocument) -> [(mark: Mark, depth: Int)] {
        guard let body = try? document.select(.css("body")).first else { return [] }
        var out: [(mark: Mark, depth: Int)] = []
        var seen: Set<Mark> = []
        var stack: [(node: Node, depth: Int)] = [(body, 0)]
        while let (node, depth) = stack.popLast() {
            guard let tag = node.tagName, !["script", "style", "template", "noscript"].contains(tag) else { continue }
            var found: [Mark] = []
            if let id = node.attribute("id"), NameStability.isPlainIdentifier(id), !NameStability.looksGenerated(id) {
                found.append(Mark(selector: SelectorText.idSelector(id), rank: 1))
            }
            found += CandidateGenerator.stableClasses(node).map {
                Mark(selector: SelectorText.classSelector($0), rank: 0)
            }
            for mark in found where seen.insert(mark).inserted { out.append((mark, depth)) }
            stack += node.children.reversed().map { ($0, depth + 1) }
        }
        return out
    }
}
