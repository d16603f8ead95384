import CLibXML2
import Foundation

extension HTMLDocument {
    /// The nodes `selector` selects from `context` (the whole document when nil), in document order and
    /// without duplicates. From a context element, CSS selects the element itself and its descendants.
    ///
    /// - Throws: `ExtractError` when the selector is XPath that yields a value rather than nodes, or
    ///   when evaluation fails.
    public func select(_ selector: CompiledSelector, in context: Node? = nil) throws(ExtractError) -> [Node] {
        switch try evaluate(selector, in: context) {
        case .nodes(let nodes): return nodes.map { Node($0, in: self) }
        default: throw ExtractMessage.notNodes(selector.selector.text)
        }
    }

    /// Compiles `selector` and selects with it; compile once with `CompiledSelector` to repeat a selection.
    public func select(_ selector: Selector, in context: Node? = nil) throws(ExtractError) -> [Node] {
        try select(CompiledSelector(selector), in: context)
    }

    /// Evaluates a selector; XPath may yield a string, number or boolean instead of nodes. Selectors
    /// with a `MatchPlan` are matched by walking the tree (read-only, so without the lock) unless a
    /// sibling combinator could reach outside the context's subtree; on a document that indexes its
    /// elements, some whole-document selections look at indexed elements only (`indexElements`).
    func evaluate(_ selector: CompiledSelector, in context: Node?) throws(ExtractError) -> XPathResult {
        if let plan = selector.plan {
            // In quirks mode ids and classes ignore case.
            let fold = isQuirksMode
            switch context {
            case nil:
                if let candidates = indexedCandidates(plan) {
                    return .nodes(TreeMatcher.select(plan, among: candidates, foldNames: fold))
                }
                return .nodes(TreeMatcher.select(plan, in: doc, under: nil, foldNames: fold))
            case let node? where node.kind == .element && !plan.usesSiblings && node.document === self:
                return .nodes(TreeMatcher.select(plan, in: doc, under: node.pointer, foldNames: fold))
            default: break
            }
        }
        let quirksXPath = isQuirksMode ? selector.quirksXPath : nil
        if context == nil, case .xpath(let xpath) = selector.selector, let found = indexedSemantic(xpath) {
            return .nodes(found)
        }
        lock.lock()
        defer { lock.unlock() }
        let session = try xpathSession()
        let start: xmlNodePtr
        if let context {
            guard context.document === self else {
                throw ExtractMessage.xpathFailed(selector.xpath, "the context node belongs to another document")
            }
            start = context.pointer
        } else {
            start = documentNode
        }
        // `:scope` is the context element, or the root element when selecting from the document.
        let scope = selector.usesScope ? (context?.pointer ?? xmlDocGetRootElement(doc) ?? start) : nil
        return try session.evaluate(quirksXPath ?? selector.xpath, at: start, scope: scope)
    }

    func xpathSession() throws(ExtractError) -> XPathSession {
        if let xpath { return xpath }
        guard let session = XPathSession(doc: doc) else { throw ExtractMessage.documentUnparsable }
        xpath = session
        return session
    }

    /// The document node as libxml2 hands it to XPath (an `xmlDoc` starts with the fields of an `xmlNode`).
    var documentNode: xmlNodePtr {
        UnsafeMutableRawPointer(doc).assumingMemoryBound(to: xmlNode.self)
    }
}
