import CLibXML2

/// Focus on a freshly loaded page: nothing is focused, except that the browser focuses the first
/// element with `autofocus` that can take focus (HTML § 6.6.6 "the autofocus attribute"). As no pointer
/// was used, that focus is also `:focus-visible`.
extension Element {
    /// The element that has focus after loading, if any.
    var autofocused: Element? {
        root.descendants.first { $0.has("autofocus") && $0.isFocusable && !$0.isNotRendered }
    }

    /// Inside (or itself) an element a browser does not render (`hidden`, inline `display: none`): such an
    /// element cannot take focus, so `autofocus` passes on to the next candidate.
    var isNotRendered: Bool {
        if TextRenderer.isHidden(node) || has("inert") || Self.isInvisible(node) { return true }
        var child = self
        for ancestor in ancestors {
            if TextRenderer.isHidden(ancestor.node) || ancestor.has("inert") || Self.isInvisible(ancestor.node) {
                return true
            }
            // A closed <details> renders only its first <summary>.
            if ancestor.is("details"), !ancestor.has("open"),
                ancestor.children.first(where: { $0.is("summary") })?.node != child.node
            {
                return true
            }
            child = ancestor
        }
        return false
    }

    /// Styled `visibility: hidden` inline.
    private static func isInvisible(_ node: xmlNodePtr) -> Bool {
        guard let style = Attributes.value(of: node, named: "style") else { return false }
        let compact = XPathText.asciiLowercased(style).filter { !$0.isWhitespace }
        return compact.contains("visibility:hidden") || compact.contains("visibility:collapse")
    }

    /// A control or link that takes focus without `tabindex`, or any element with one; not disabled.
    var isFocusable: Bool {
        if isDisabled { return false }
        if isInput { return inputType != "hidden" }
        if self.is("button") || self.is("select") || self.is("textarea") { return true }
        if (self.is("a") || self.is("area")) && has("href") { return true }
        return has("tabindex") || keyword("contenteditable").map { $0 != "false" } ?? false
    }

    /// `:focus` (and `:focus-visible`).
    var hasFocus: Bool { autofocused?.node == node }

    /// `:focus-within`: the focused element or one of its ancestors.
    var containsFocus: Bool {
        guard let focused = autofocused else { return false }
        return focused.node == node || focused.ancestors.contains { $0.node == node }
    }
}
