import CLibXML2

/// Evaluates a `MatchPlan` by walking the context's subtree once, in document order: elements are
/// tested right to left (the browser's way), so results need neither sorting nor de-duplication.
///
/// Semantics match the translator's forward XPath: from a context element, the leftmost compound may
/// match the element itself or anything below it, never an ancestor (`boundary`).
struct TreeMatcher {
    let plan: MatchPlan
    /// The context element, above which no compound may match; nil for the whole document.
    let boundary: xmlNodePtr?

    /// The selected nodes under `boundary` (or in `doc`), in document order.
    func select(in doc: htmlDocPtr) -> [xmlNodePtr] {
        var out: [xmlNodePtr] = []
        var node = boundary ?? doc.pointee.children
        while let current = node {
            visit(current, into: &out)
            if current.pointee.type == XML_ELEMENT_NODE, let child = current.pointee.children {
                node = child
                continue
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

    private func visit(_ node: xmlNodePtr, into out: inout [xmlNodePtr]) {
        switch node.pointee.type {
        case XML_ELEMENT_NODE:
            if plan.selectors.contains(where: { $0.pseudoElement == nil && matches(node, $0) }) { out.append(node) }
            appendAttributes(of: node, into: &out)
        case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
            guard let parent = node.pointee.parent, parent.pointee.type == XML_ELEMENT_NODE else { return }
            if plan.selectors.contains(where: { $0.pseudoElement == .text && qualifies(parent, $0) }) {
                out.append(node)
            }
        default: break
        }
    }

    /// `::attr(name)` results of `element`, in attribute order (XPath's document order for attributes).
    private func appendAttributes(of element: xmlNodePtr, into out: inout [xmlNodePtr]) {
        var wanted: [[UInt8]] = []
        for selector in plan.selectors {
            guard case .attr(let name)? = selector.pseudoElement, qualifies(element, selector) else { continue }
            wanted.append(Array(XPathText.asciiLowercased(name).utf8))
        }
        guard !wanted.isEmpty else { return }
        var attribute = element.pointee.properties
        while let current = attribute {
            if wanted.contains(where: { NodeTests.nameEquals(current.pointee.name, $0) }) {
                out.append(UnsafeMutableRawPointer(current).assumingMemoryBound(to: xmlNode.self))
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

    func matches(_ element: xmlNodePtr, _ selector: MatchPlan.Complex) -> Bool {
        matches(element, selector, selector.compounds.count - 1)
    }

    /// Whether `element` matches compounds 0…`index`, `compounds[index]` being tested on `element` itself.
    private func matches(_ element: xmlNodePtr, _ selector: MatchPlan.Complex, _ index: Int) -> Bool {
        guard NodeTests.matches(element, selector.compounds[index]) else { return false }
        guard index > 0 else { return true }
        let left = index - 1
        switch selector.combinators[left] {
        case .child:
            guard element != boundary, let parent = NodeTests.parentElement(element) else { return false }
            return matches(parent, selector, left)
        case .descendant:
            guard element != boundary else { return false }
            // With only descendant combinators further left, the nearest matching ancestor decides: any
            // farther one has fewer ancestors to satisfy the rest.
            let greedy = selector.combinators[..<left].allSatisfy { $0 == .descendant }
            var ancestor = NodeTests.parentElement(element)
            while let current = ancestor {
                if NodeTests.matches(current, selector.compounds[left]) {
                    if matches(current, selector, left) { return true }
                    if greedy { return false }
                }
                if current == boundary { return false }
                ancestor = NodeTests.parentElement(current)
            }
            return false
        case .nextSibling:
            guard let previous = NodeTests.previousElement(element) else { return false }
            return matches(previous, selector, left)
        case .subsequentSibling:
            var sibling = NodeTests.previousElement(element)
            while let current = sibling {
                if matches(current, selector, left) { return true }
                sibling = NodeTests.previousElement(current)
            }
            return false
        }
    }
}
