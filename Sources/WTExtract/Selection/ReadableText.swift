import CLibXML2

/// The text of a node as `text` locators read it: the string value without what a reader never sees as
/// text — the contents of `<script>`, `<style>`, `<template>` and `<noscript>` — so a script that spells
/// out "Next page" does not make its `<body>` a match. The page script's `readableText` is the same rule.
enum ReadableText {
    static let skipped: [StaticString] = ["script", "style", "template", "noscript"]

    /// The first node's readable text as UTF-8, NUL-terminated (empty for an empty node-set).
    static func bytes(of set: xmlNodeSetPtr?) -> [UInt8] {
        var out: [UInt8] = []
        if let set, set.pointee.nodeNr > 0, let first = set.pointee.nodeTab[0] {
            if first.pointee.type == XML_ELEMENT_NODE {
                append(first, to: &out)
            } else if let content = xmlNodeGetContent(first) {
                var i = 0
                while content[i] != 0 {
                    out.append(content[i])
                    i += 1
                }
                cxml_free(content)
            }
        }
        out.append(0)
        return out
    }

    /// Appends the text nodes under `element` in document order, skipping the unread elements' subtrees
    /// (the element itself included: a `<script>` reads as nothing).
    private static func append(_ element: xmlNodePtr, to out: inout [UInt8]) {
        var stack: [xmlNodePtr] = [element]
        while let node = stack.popLast() {
            switch node.pointee.type {
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = node.pointee.content {
                    var i = 0
                    while content[i] != 0 {
                        out.append(content[i])
                        i += 1
                    }
                }
            case XML_ELEMENT_NODE:
                if skipped.contains(where: { LibXML.nameEquals(node.pointee.name, $0) }) { continue }
                var children: [xmlNodePtr] = []
                var child = node.pointee.children
                while let current = child {
                    children.append(current)
                    child = current.pointee.next
                }
                stack.append(contentsOf: children.reversed())
            default:
                continue
            }
        }
    }
}
