import CLibXML2

extension Node {
    /// The attribute a browser snapshot puts on an element that is not rendered although its parent is
    /// (display none, visibility hidden, an empty box), as the page computed it.
    public static let hiddenMark = "wtc-hidden"
    /// The attribute a browser snapshot puts on an element that is rendered although its parent is not
    /// (`visibility: visible` inside `visibility: hidden`).
    public static let shownMark = "wtc-shown"

    /// Markup without the visibility marks a browser snapshot adds, for output that shows markup.
    public static func withoutVisibilityMarks(_ html: String) -> String {
        guard html.contains(" wtc-") else { return html }
        return html.replacingOccurrences(of: " \(hiddenMark)=\"\"", with: "")
            .replacingOccurrences(of: " \(shownMark)=\"\"", with: "")
    }

    /// Whether a person would see the element. A browser snapshot says so with `wtc-hidden`/`wtc-shown`
    /// marks where visibility changes between parent and child; the nearest mark on the element or an
    /// ancestor decides. Without one, the static document decides: the element and every ancestor must not
    /// be `hidden`, styled `display: none` or `visibility: hidden` inline, a `<template>`, `<script>`, `<style>`,
    /// `<noscript>` or `<head>` element, or an `<input type="hidden">`. (An `<iframe>`'s document, which a
    /// snapshot nests inside it, is rendered like the rest of the page.)
    public var isRendered: Bool {
        guard pointer.pointee.type == XML_ELEMENT_NODE else { return parent?.isRendered ?? false }
        var current: xmlNodePtr? = pointer
        while let node = current, node.pointee.type == XML_ELEMENT_NODE {
            if Attributes.has(node, "wtc-hidden") { return false }
            if Attributes.has(node, "wtc-shown") { return true }
            if Self.hidesItself(node) { return false }
            current = node.pointee.parent
        }
        return true
    }

    private static func hidesItself(_ node: xmlNodePtr) -> Bool {
        if TextRenderer.isHidden(node) { return true }
        let name = node.pointee.name
        if LibXML.nameEquals(name, "template") || LibXML.nameEquals(name, "head")
            || LibXML.nameEquals(name, "script") || LibXML.nameEquals(name, "style")
            || LibXML.nameEquals(name, "noscript")
        {
            return true
        }
        if LibXML.nameEquals(name, "input"),
            Attributes.value(of: node, named: "type").map({ XPathText.asciiLowercased($0) == "hidden" }) ?? false
        {
            return true
        }
        guard let style = Attributes.value(of: node, named: "style") else { return false }
        let compact = String(XPathText.asciiLowercased(style).filter { !$0.isWhitespace })
        return compact.hasPrefix("visibility:hidden") || compact.contains(";visibility:hidden")
    }
}
