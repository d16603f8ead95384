import CLibXML2

/// Renders a node's text the way a reader sees it, close to `innerText` for static HTML:
///
/// - Runs of whitespace (space, tab, line feed, form feed, carriage return, no-break space) become one
///   space; the result is trimmed.
/// - `<br>` and the boundaries of block elements (`p`, `div`, `li`, `tr`, `h1`–`h6`, `option`, …)
///   become a line break; several in a row become one `\n`, with no spaces around it.
/// - Table cells in a row are separated by a tab, as `innerText` does.
/// - `<pre>`, `<textarea>`, `<listing>`, `<plaintext>` and `<xmp>` keep their whitespace.
/// - Inside the node, `<script>`, `<style>`, `<template>`, `<noscript>`, `<head>`, `<iframe>`, `<frame>`,
///   `<object>`, elements with the `hidden` attribute and elements styled `display: none` inline are
///   left out. The node itself is always rendered; a `<script>` or `<style>` node gives its source text,
///   trimmed (so `script[type="application/ld+json"]` yields the JSON).
struct TextRenderer {
    enum Role {
        case inline
        case block
        case lineBreak
        case cell
        case preserve
        case skipped
    }

    static let roles: [String: Role] = {
        var table: [String: Role] = [:]
        let blocks = [
            "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details", "dialog", "dir",
            "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "frameset", "h1", "h2", "h3", "h4",
            "h5", "h6", "header", "hgroup", "hr", "html", "legend", "li", "main", "menu", "nav", "ol", "optgroup",
            "option", "p", "search", "section", "summary", "table", "tbody", "tfoot", "thead", "tr", "ul",
        ]
        for name in blocks { table[name] = .block }
        for name in ["pre", "textarea", "listing", "plaintext", "xmp"] { table[name] = .preserve }
        for name in ["script", "style", "template", "noscript", "head", "iframe", "frame", "object"] {
            table[name] = .skipped
        }
        table["td"] = .cell
        table["th"] = .cell
        table["br"] = .lineBreak
        return table
    }()

    private var out: [UInt8] = []
    private var pendingSpace = false
    private var pendingTab = false
    private var pendingBreak = false
    private var preserveDepth = 0

    /// The rendered text of `root`.
    static func text(of root: xmlNodePtr) -> String {
        switch root.pointee.type {
        case XML_ELEMENT_NODE:
            if rendersSource(root) {
                return (LibXML.consume(xmlNodeGetContent(root)) ?? "").trimmingASCIIWhitespace()
            }
        case XML_TEXT_NODE, XML_CDATA_SECTION_NODE, XML_ATTRIBUTE_NODE, XML_COMMENT_NODE:
            var renderer = TextRenderer()
            renderer.append(LibXML.consume(xmlNodeGetContent(root)) ?? "")
            return renderer.finish()
        default: break
        }
        var renderer = TextRenderer()
        renderer.render(root)
        return renderer.finish()
    }

    /// A `<script>` or `<style>` rendered as the node itself gives its source text.
    static func rendersSource(_ element: xmlNodePtr) -> Bool {
        DocumentTree.isElement(element, named: "script") || DocumentTree.isElement(element, named: "style")
    }

    /// Whether the walk leaves out `element` (and what is inside it) when it is below the rendered node:
    /// `enter`'s test.
    static func leavesOut(_ element: xmlNodePtr) -> Bool {
        role(of: element.pointee.name) == .skipped || isHidden(element)
    }

    /// Walks the subtree iteratively, calling `exit` for each element entered once its children are done.
    private mutating func render(_ root: xmlNodePtr) {
        guard enter(root, isRoot: true) else { return }
        var node = root.pointee.children
        while let current = node {
            if enter(current, isRoot: false) {
                if let child = current.pointee.children {
                    node = child
                    continue
                }
                exit(current)
            }
            var climb = current
            while climb.pointee.next == nil {
                guard let parent = climb.pointee.parent, parent != root else {
                    exit(root)
                    return
                }
                climb = parent
                exit(climb)
            }
            node = climb.pointee.next
        }
        exit(root)
    }

    /// Emits what comes before a node's children; false when the node has no children to visit.
    private mutating func enter(_ node: xmlNodePtr, isRoot: Bool) -> Bool {
        switch node.pointee.type {
        case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
            appendContent(node.pointee.content)
            return false
        case XML_ELEMENT_NODE:
            break
        default:
            return false
        }
        let role = Self.role(of: node.pointee.name)
        if !isRoot && (role == .skipped || Self.isHidden(node)) { return false }
        switch role {
        case .block: pendingBreak = true
        case .lineBreak: pendingBreak = true
        case .preserve:
            pendingBreak = true
            preserveDepth += 1
        default: break
        }
        return true
    }

    private mutating func exit(_ node: xmlNodePtr) {
        let role = Self.role(of: node.pointee.name)
        switch role {
        case .block: pendingBreak = true
        case .preserve:
            pendingBreak = true
            preserveDepth -= 1
        case .cell where Self.hasFollowingCell(node): pendingTab = true
        default: break
        }
    }

    private static func hasFollowingCell(_ node: xmlNodePtr) -> Bool {
        var sibling = node.pointee.next
        while let current = sibling {
            if current.pointee.type == XML_ELEMENT_NODE {
                return DocumentTree.isElement(current, named: "td") || DocumentTree.isElement(current, named: "th")
            }
            sibling = current.pointee.next
        }
        return false
    }

    private mutating func appendContent(_ content: UnsafePointer<xmlChar>?) {
        guard let content else { return }
        var i = 0
        while content[i] != 0 {
            let b = content[i]
            if b == 0xC2 && content[i + 1] == 0xA0 && preserveDepth == 0 {
                pendingSpace = true
                i += 2
                continue
            }
            appendByte(b)
            i += 1
        }
    }

    mutating func append(_ text: String) {
        text.withCString { appendContent(UnsafeRawPointer($0).assumingMemoryBound(to: xmlChar.self)) }
    }

    private mutating func appendByte(_ b: UInt8) {
        if preserveDepth > 0 {
            if b == 0x0D { return }
            flush()
            out.append(b)
        } else if Bytes.isSpace(b) {
            pendingSpace = true
        } else {
            flush()
            out.append(b)
        }
    }

    /// Writes the strongest pending separator, none at the start of the text.
    private mutating func flush() {
        defer { (pendingSpace, pendingTab, pendingBreak) = (false, false, false) }
        guard !out.isEmpty else { return }
        if pendingBreak {
            while let last = out.last, last == 0x20 || last == 0x09 { out.removeLast() }
            if out.last != 0x0A { out.append(0x0A) }
        } else if pendingTab {
            out.append(0x09)
        } else if pendingSpace {
            out.append(0x20)
        }
    }

    private func finish() -> String {
        String(decoding: out, as: UTF8.self).trimmingASCIIWhitespace()
    }
}
