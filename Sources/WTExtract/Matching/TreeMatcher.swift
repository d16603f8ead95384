import CLibXML2

/// Evaluates a `MatchPlan` by walking the context's subtree once, in document order: elements are
/// tested right to left (the browser's way), so results need neither sorting nor de-duplication.
///
/// Semantics match the translator's forward XPath: from a context element, the leftmost compound may
/// match the element itself or anything below it, never an ancestor (`boundary`).
struct TreeMatcher {
    let plan: PlanView
    /// The context element, above which no compound may match; nil for the whole document.
    let boundary: xmlNodePtr?

    /// The nodes `plan` selects under `boundary` (or in `doc`), in document order.
    static func select(
        _ plan: MatchPlan, in doc: htmlDocPtr, under boundary: xmlNodePtr?, foldNames: Bool = false
    ) -> [xmlNodePtr] {
        plan.withView(foldNames: foldNames) { view in
            TreeMatcher(plan: view, boundary: boundary).select(from: boundary ?? doc.pointee.children)
        }
    }

    /// Those of `candidates` (elements, in document order) that `plan` selects from the whole document:
    /// the same test the walk makes of every element.
    static func select(_ plan: MatchPlan, among candidates: [xmlNodePtr], foldNames: Bool = false) -> [xmlNodePtr] {
        plan.withView(foldNames: foldNames) { view in
            let matcher = TreeMatcher(plan: view, boundary: nil)
            return candidates.filter { matcher.selectsElement($0) }
        }
    }

    private func select(from start: xmlNodePtr?) -> [xmlNodePtr] {
        var out: [xmlNodePtr] = []
        var node = start
        while let current = node {
            switch current.pointee.type {
            case XML_ELEMENT_NODE:
                if selectsElement(current) { out.append(current) }
                if plan.selectsAttributes { appendAttributes(of: current, into: &out) }
                if let child = current.pointee.children {
                    node = child
                    continue
                }
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if plan.selectsText, selectsText(current) { out.append(current) }
            default: break
            }
            node = next(after: current)
        }
        return out
    }

    /// The next node in document order that is not below `node`, staying inside the walked region.
    private func next(after node: xmlNodePtr) -> xmlNodePtr? {
        var climb = node
        while true {
            if climb == boundary { return nil }
            if let sibling = climb.pointee.next { return sibling }
            guard let parent = climb.pointee.parent, parent.pointee.type == XML_ELEMENT_NODE else { return nil }
            climb = parent
        }
    }

    private func selectsElement(_ element: xmlNodePtr) -> Bool {
        for selector in plan.selectors where selector.pseudo == .none && matches(element, selector) { return true }
        return false
    }

    private func selectsText(_ text: xmlNodePtr) -> Bool {
        guard let parent = text.pointee.parent, parent.pointee.type == XML_ELEMENT_NODE else { return false }
        for selector in plan.selectors where selector.pseudo == .text && qualifies(parent, selector) { return true }
        return false
    }

    /// `::attr(name)` results of `element`, in attribute order (XPath's document order for attributes).
    private func appendAttributes(of element: xmlNodePtr, into out: inout [xmlNodePtr]) {
        var attribute = element.pointee.properties
        while let current = attribute {
            for selector in plan.selectors {
                guard case .attribute(let offset) = selector.pseudo,
                    xmlStrEqual(current.pointee.name, plan.string(offset)) != 0, qualifies(element, selector)
                else { continue }
                out.append(UnsafeMutableRawPointer(current).assumingMemoryBound(to: xmlNode.self))
                break
            }
            attribute = current.pointee.next
        }
    }

    /// The element a pseudo-element applies to: it matches, or for `p ::text` it or an ancestor does.
    private func qualifies(_ element: xmlNodePtr, _ selector: MatchPlan.Complex) -> Bool {
        guard selector.includesDescendants else { return matches(element, selector) }
        var candidate: xmlNodePtr? = element
        while let current = candidate, current.pointee.type == XML_ELEMENT_NODE {
            if matches(current, selector) { return true }
            if current == boundary { return false }
            candidate = current.pointee.parent
        }
        return false
    }

    private func matches(_ element: xmlNodePtr, _ selector: MatchPlan.Complex) -> Bool {
        matches(element, selector.compounds.upperBound - 1, first: selector.compounds.lowerBound)
    }

    /// Whether `element` matches compounds `first`…`index`, `compounds[index]` tested on `element` itself.
    private func matches(_ element: xmlNodePtr, _ index: Int, first: Int) -> Bool {
        guard plan.matches(element, compound: index) else { return false }
        guard index > first else { return true }
        let compound = plan.compounds[index]
        let left = index - 1
        switch compound.combinator {
        case .child:
            guard element != boundary, let parent = NodeTests.parentElement(element) else { return false }
            return matches(parent, left, first: first)
        case .descendant:
            guard element != boundary else { return false }
            var ancestor = NodeTests.parentElement(element)
            while let current = ancestor {
                if plan.matches(current, compound: left) {
                    if matches(current, left, first: first) { return true }
                    if plan.compounds[left].greedy { return false }
                }
                if current == boundary { return false }
                ancestor = NodeTests.parentElement(current)
            }
            return false
        case .nextSibling:
            guard let previous = NodeTests.previousElement(element) else { return false }
            return matches(previous, left, first: first)
        case .subsequentSibling:
            var sibling = NodeTests.previousElement(element)
            while let current = sibling {
                if matches(current, left, first: first) { return true }
                sibling = NodeTests.previousElement(current)
            }
            return false
        }
    }
}
