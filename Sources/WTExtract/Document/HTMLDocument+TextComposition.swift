import CLibXML2

extension HTMLDocument {
    /// The composition of the `text` of each of `elements`, in order, from one walk of the document;
    /// empty for a node that is not an element.
    ///
    /// Exact because `TextRenderer` writes every printable ASCII byte of the text nodes it shows, in order,
    /// and adds only whitespace of its own: the counts and the hash are those of the text.
    public func textCompositions(_ elements: [Node]) -> [TextComposition] {
        // Elements by their document order as the parser numbered them (`HTMLParser`); the few it did not
        // (implied `<tbody>`s) by address.
        var ordered: [TextComposition] = []
        var others: [xmlNodePtr: TextComposition] = [:]
        if let root = xmlDocGetRootElement(doc) {
            TextCompositionCounter.walk(from: root) { element, composition, _ in
                guard let index = Self.order(of: element) else { return others[element] = composition }
                if index >= ordered.count {
                    ordered += Array(repeating: TextComposition(), count: index + 1 - ordered.count)
                }
                ordered[index] = composition
            }
        }
        return elements.map { node in
            guard node.kind == .element else { return TextComposition() }
            if node.document === self {
                if let index = Self.order(of: node.pointer), index < ordered.count { return ordered[index] }
                if let found = others[node.pointer] { return found }
            }
            var found = TextComposition()
            TextCompositionCounter.walk(from: node.pointer) { element, composition, _ in
                if element == node.pointer { found = composition }
            }
            return found
        }
    }

    /// The document order `HTMLParser` stored in an element it created (`content` = −order), if any.
    static func order(of element: xmlNodePtr) -> Int? {
        let mark = Int(bitPattern: element.pointee.content)
        return mark < 0 ? -mark : nil
    }
}

/// Counts bottom-up what `TextRenderer` would show from each element.
enum TextCompositionCounter {
    /// An element being walked: what the text nodes below it that its rendered text shows hold, and what
    /// all of them hold (what a `<script>` or `<style>` rendered on its own shows).
    private struct Frame {
        var element: xmlNodePtr
        var shown = TextComposition()
        var all = TextComposition()
    }

    /// Calls `visit` with each element of the subtree of `root`, its text's composition and its string
    /// value's (all the text below it, as XPath reads it), children before parents. Iterative, like every
    /// walk over a document: nesting can be deeper than the stack.
    static func walk(from root: xmlNodePtr, _ visit: (xmlNodePtr, TextComposition, TextComposition) -> Void) {
        var frames = [Frame(element: root)]
        var node = root.pointee.children
        while let top = frames.last {
            if let current = node {
                switch current.pointee.type {
                case XML_ELEMENT_NODE:
                    frames.append(Frame(element: current))
                    node = current.pointee.children
                    continue
                case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                    let counted = count(current.pointee.content)
                    frames[frames.count - 1].shown.append(counted)
                    frames[frames.count - 1].all.append(counted)
                default: break
                }
                node = current.pointee.next
                continue
            }
            // Every child of `top` is done.
            frames.removeLast()
            visit(top.element, TextRenderer.rendersSource(top.element) ? top.all : top.shown, top.all)
            guard !frames.isEmpty else { return }
            frames[frames.count - 1].all.append(top.all)
            if !TextRenderer.leavesOut(top.element) { frames[frames.count - 1].shown.append(top.shown) }
            node = top.element.pointee.next
        }
    }

    private static func count(_ content: UnsafePointer<xmlChar>?) -> TextComposition {
        var out = TextComposition()
        guard let content else { return out }
        var i = 0
        while content[i] != 0 {
            out.add(content[i])
            i += 1
        }
        return out
    }
}
