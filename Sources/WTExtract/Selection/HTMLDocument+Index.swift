import CLibXML2

extension HTMLDocument {
    /// Indexes the elements, on first use, for the whole-document selections to come: those whose every
    /// selector ends in a class or type test then test only the elements that have it instead of walking
    /// the document, and `SemanticXPath.exactText` and `roleXPath` expressions look at the elements that
    /// can match (`ExactTextSearch`, `RoleSearch`). For documents many selectors run against (the compiler
    /// tries hundreds of candidates on each example page); what is selected is the same.
    public func indexElements() {
        lock.lock()
        defer { lock.unlock() }
        indexesElements = true
    }

    /// The index, built on first use; nil unless `indexElements()` was called. `lock` must be held.
    private var lockedIndex: SelectionIndex? {
        guard indexesElements else { return nil }
        let index = selectionIndex ?? SelectionIndex(doc)
        selectionIndex = index
        return index
    }

    /// The elements `plan` may select from the whole document, from the index; nil without one.
    func indexedCandidates(_ plan: MatchPlan) -> [xmlNodePtr]? {
        lock.lock()
        defer { lock.unlock() }
        return lockedIndex?.candidates(for: plan, foldNames: isQuirksMode)
    }

    /// What `xpath` selects from the whole document when it is an exact-text or role expression the index
    /// can answer; nil otherwise, or when evaluating a role expression on an element fails.
    func indexedSemantic(_ xpath: String) -> [xmlNodePtr]? {
        lock.lock()
        defer { lock.unlock() }
        guard let index = lockedIndex else { return nil }
        if let text = ExactTextSearch.text(in: xpath) { return index.exactText(text) }
        guard let query = RoleSearch.query(for: xpath), let session = try? xpathSession() else { return nil }
        var out: [xmlNodePtr] = []
        for candidate in index.roleCandidates(query.names) {
            guard case .nodes(let nodes)? = try? session.evaluate(query.perElement, at: candidate, scope: nil) else {
                return nil
            }
            out += nodes
        }
        return out
    }
}
