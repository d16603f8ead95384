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
        TextRenderer.isHidden(node) || ancestors.contains { TextRenderer.isHidden($0.node) }
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
