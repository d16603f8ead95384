/// ARIA roles a `role` locator may name (WAI-ARIA 1.2 plus the common HTML-implied ones).
enum AriaRoles {
    static let all: Set<String> = [
        "alert", "alertdialog", "application", "article", "banner", "blockquote", "button", "caption", "cell",
        "checkbox", "code", "columnheader", "combobox", "complementary", "contentinfo", "definition", "deletion",
        "dialog", "directory", "document", "emphasis", "feed", "figure", "form", "generic", "grid", "gridcell",
        "group", "heading", "img", "insertion", "link", "list", "listbox", "listitem", "log", "main", "marquee",
        "math", "menu", "menubar", "menuitem", "menuitemcheckbox", "menuitemradio", "meter", "navigation", "none",
        "note", "option", "paragraph", "presentation", "progressbar", "radio", "radiogroup", "region", "row",
        "rowgroup", "rowheader", "scrollbar", "search", "searchbox", "separator", "slider", "spinbutton", "status",
        "strong", "subscript", "superscript", "switch", "tab", "table", "tablist", "tabpanel", "term", "textbox",
        "time", "timer", "toolbar", "tooltip", "tree", "treegrid", "treeitem",
    ]
}

/// Key names `press` accepts: one printable character or a named key, optionally with modifiers
/// (`Control+Shift+A`), following the DOM `KeyboardEvent.key` names that CDP's Input domain takes.
enum KeyNames {
    static let modifiers: Set<String> = ["Alt", "Control", "Meta", "Shift", "ControlOrMeta"]
    static let named: Set<String> = [
        "Enter", "Tab", "Escape", "Backspace", "Delete", "Insert", "Space", "Home", "End", "PageUp", "PageDown",
        "ArrowUp", "ArrowDown", "ArrowLeft", "ArrowRight", "F1", "F2", "F3", "F4", "F5", "F6", "F7", "F8", "F9",
        "F10", "F11", "F12", "CapsLock", "ContextMenu",
    ]

    static func isValid(_ text: String) -> Bool {
        let parts = text.split(separator: "+", omittingEmptySubsequences: false).map(String.init)
        // "+" itself, or "Shift++" where the key is a plus sign.
        if text == "+" { return true }
        guard let key = parts.last, !key.isEmpty || text.hasSuffix("++") else { return false }
        let mods = text.hasSuffix("++") ? parts.dropLast(2) : parts.dropLast()
        guard mods.allSatisfy(modifiers.contains) else { return false }
        return text.hasSuffix("++") || key.count == 1 || named.contains(key) || modifiers.contains(key)
    }
}
