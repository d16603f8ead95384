/// Semantic locators (`role`, `label`, `testid`, `text`, `placeholder`) as XPath 1.0 over a static
/// document, so plain-HTTP runs, trace recording and the compiler find the same elements a person would.
/// Each expression is relative to a context node (`descendant-or-self::`), like translated CSS, so it works
/// inside `within` and records.
///
/// These are approximations of the browser's accessibility tree for server-rendered HTML: the implicit
/// role of common elements, and an accessible name from the text, `aria-label`, `value`, `title`, `alt`
/// or an associated `<label>`. The browser driver uses the real tree.
public enum SemanticXPath {
    /// Elements whose `data-testid` (or `data-test-id`, `data-test`) is `id`.
    public static func testid(_ id: String) -> String {
        let v = literal(id)
        return "descendant-or-self::*[@data-testid=\(v) or @data-test-id=\(v) or @data-test=\(v)]"
    }

    /// Elements whose `placeholder` is `text`.
    public static func placeholder(_ text: String) -> String {
        "descendant-or-self::*[@placeholder=\(literal(text))]"
    }

    /// Innermost visible-text match: an element whose normalised text is `text` and none of whose children
    /// also is (so a click lands on the link, not on the paragraph around it).
    public static func exactText(_ text: String) -> String {
        let v = literal(text)
        return "descendant-or-self::*[not(self::script or self::style or self::head or self::title)]"
            + "[normalize-space(.)=\(v) and not(*[normalize-space(.)=\(v)])]"
    }

    /// The default text match (`TextMatch`): the innermost elements whose text contains `text`, ignoring
    /// case and runs of whitespace.
    public static func containingText(_ text: String) -> String {
        let v = literal(text)
        return "descendant-or-self::*[not(self::script or self::style or self::head or self::title)]"
            + "[wt:has-text(., \(v)) and not(*[wt:has-text(., \(v))])]"
    }

    /// Form controls whose label, `aria-label`, wrapping `<label>` or `aria-labelledby` element reads
    /// `text` (`exact`) or contains it (`TextMatch`).
    public static func labelled(_ text: String, exact: Bool = true) -> String {
        let v = literal(text)
        let control = "(self::input or self::select or self::textarea or self::button)"
        let reads = { (value: String) in exact ? "\(value)=\(v)" : "wt:has-text(\(value), \(v))" }
        let lookup = { (value: String) in exact ? "[\(value)=\(v)]" : "[wt:has-text(\(value), \(v))]" }
        return "descendant-or-self::*[\(control) and (\(reads("@aria-label"))"
            + " or @id=//label[@for]\(lookup("normalize-space(.)"))/@for"
            + " or ancestor::label\(lookup("normalize-space(.)"))"
            + " or @aria-labelledby=//*[@id]\(lookup("normalize-space(.)"))/@id)]"
    }

    /// Elements with `role` (explicit or implicit) and, when `name` is given, an accessible name (text,
    /// `aria-label`, `value`, `title`, `alt` or a `<label for>`) that is `name` (`exact`) or contains it.
    public static func roleXPath(_ role: String, name: String?, exact: Bool = true) -> String {
        let implicit = implicitRoles[role].map { " or (not(@role) and (\($0)))" } ?? ""
        var path = "descendant-or-self::*[@role=\(literal(role))\(implicit)]"
        if let name {
            let v = literal(name)
            let reads = { (value: String) in exact ? "\(value)=\(v)" : "wt:has-text(\(value), \(v))" }
            path +=
                "["
                + ["normalize-space(.)", "@aria-label", "@value", "@title", "@alt"].map(reads).joined(separator: " or ")
                + " or @id=//label[@for][\(reads("normalize-space(.)"))]/@for]"
        }
        return path
    }

    /// Elements that have a role without saying so (HTML-AAM, the common cases).
    public static let implicitRoles: [String: String] = [
        "button": "self::button or self::input[@type='submit' or @type='button' or @type='reset' or @type='image']"
            + " or self::summary",
        "link": "(self::a or self::area) and @href",
        "textbox": "self::textarea or self::input[not(@type) or @type='text' or @type='email' or @type='tel'"
            + " or @type='url']",
        "searchbox": "self::input[@type='search']",
        "checkbox": "self::input[@type='checkbox']",
        "radio": "self::input[@type='radio']",
        "combobox": "self::select[not(@multiple) and not(@size > 1)]",
        "listbox": "self::select[@multiple or @size > 1] or self::datalist",
        "option": "self::option",
        "heading": "self::h1 or self::h2 or self::h3 or self::h4 or self::h5 or self::h6",
        "list": "self::ul or self::ol or self::menu",
        "listitem": "self::li",
        "table": "self::table",
        "row": "self::tr",
        "cell": "self::td",
        "columnheader": "self::th",
        "img": "self::img[not(@alt='')]",
        "navigation": "self::nav",
        "main": "self::main",
        "form": "self::form",
        "dialog": "self::dialog",
        "article": "self::article",
        "banner": "self::header[not(ancestor::article or ancestor::section)]",
        "contentinfo": "self::footer[not(ancestor::article or ancestor::section)]",
        "spinbutton": "self::input[@type='number']",
        "slider": "self::input[@type='range']",
        "progressbar": "self::progress",
        "separator": "self::hr",
    ]

    /// An XPath string literal for any text: XPath 1.0 has no escapes, so text with both quote kinds is
    /// built with concat().
    public static func literal(_ text: String) -> String {
        if !text.contains("'") { return "'\(text)'" }
        if !text.contains("\"") { return "\"\(text)\"" }
        let parts = text.split(separator: "'", omittingEmptySubsequences: false).map { "'\($0)'" }
        return "concat(" + parts.joined(separator: ", \"'\", ") + ")"
    }
}
