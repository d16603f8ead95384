import CLibXML2
import Foundation

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
        // `visibility` is inherited and a descendant may set it back to `visible`: the nearest one counts.
        var visibilitySet = false
        while let node = current, node.pointee.type == XML_ELEMENT_NODE {
            if Attributes.has(node, "wtc-hidden") { return false }
            if Attributes.has(node, "wtc-shown") { return true }
            if Self.hidesItself(node) { return false }
            if !visibilitySet, let visibility = Self.inlineVisibility(node) {
                if visibility == "hidden" || visibility == "collapse" { return false }
                visibilitySet = true
            }
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
        return LibXML.nameEquals(name, "input")
            && Attributes.value(of: node, named: "type").map({ XPathText.asciiLowercased($0) == "hidden" }) ?? false
    }

    /// The `visibility` an inline style sets (lowercased), if any; the last declaration wins.
    private static func inlineVisibility(_ node: xmlNodePtr) -> String? {
        guard let style = Attributes.value(of: node, named: "style") else { return nil }
        var found: String?
        for declaration in XPathText.asciiLowercased(style).split(separator: ";") {
            let parts = declaration.split(separator: ":", maxSplits: 1)
            guard parts.count == 2, parts[0].trimmingCharacters(in: .whitespaces) == "visibility" else { continue }
            found = parts[1].replacingOccurrences(of: "!important", with: "").trimmingCharacters(in: .whitespaces)
        }
        return found
    }
}
