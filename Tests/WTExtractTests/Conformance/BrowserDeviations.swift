/// Corpus cases where a browser (Chromium, per the HTML and Selectors standards and
/// web-platform-tests) selects something other than cssselect/parsel expect. The engine follows the
/// browser; each entry records the browser's answer and why.
enum BrowserDeviations {
    struct Deviation: Sendable {
        /// What the browser selects (ids in document order).
        var ids: [String]
        var reason: String
    }

    static let caseInsensitiveAttribute =
        "HTML compares the values of ~45 legacy attributes (rel, lang, type, …) ASCII case-insensitively in "
        + "selectors (HTML § case-sensitivity of selectors; WPT html/semantics/selectors/case-sensitivity)"

    static let langString =
        "Chromium's :lang() takes one identifier, no string (SelectorDifferentialTests/Cases/lang.txt)"
    static let strayParagraph =
        "the fixture's <fieldset> closes #paragraph and its later </p> makes a second, empty <p> (HTML § 13.2.6.4.7),"
        + " as in a browser; lxml has one <p>"
    static let xmlLang =
        "in an HTML document browsers ignore xml:lang (an attribute in no namespace there); only lang counts"

    /// `select_ids` and `select_ids_errors`, by selector; `["error"]` where the browser rejects it.
    static let selectIDs: [String: Deviation] = [
        ":lang(\"EN\")": Deviation(ids: ["error"], reason: langString),
        ":lang(\"e\")": Deviation(ids: ["error"], reason: langString),
        ":matches(.c)": Deviation(ids: ["error"], reason: "Chromium knows :is() and :-webkit-any(), not :matches()"),
        "p:only-of-type": Deviation(ids: [], reason: strayParagraph),
        "p:has(b):only-of-type": Deviation(ids: [], reason: strayParagraph),
        "a[rel=\"TAG\"]": Deviation(ids: ["tag-anchor"], reason: caseInsensitiveAttribute),
        "*[lang|=\"en\"]": Deviation(ids: ["second-li"], reason: caseInsensitiveAttribute),
        "[lang|=\"en-US\"]": Deviation(ids: ["second-li"], reason: caseInsensitiveAttribute),
        ":link": Deviation(
            ids: ["tag-anchor", "nofollow-anchor", "area-href"],
            reason: ":link matches only <a> and <area> with href, not <link> "
                + "(WPT html/semantics/selectors/pseudo-classes/link.html)"),
        "p *:only-of-type": Deviation(
            ids: ["p-em"],
            reason: "valid CSS that cssselect cannot translate (*-of-type on '*'); a browser selects the only <em>"),
    ]

    /// `select_xmllang_ids`: the fixture has only xml:lang attributes.
    static let xmlLangIDs: [String: Deviation] = [
        ":lang(\"EN\")": Deviation(ids: ["error"], reason: langString),
        ":lang(\"en-us\")": Deviation(ids: ["error"], reason: langString),
        ":lang('ZH')": Deviation(ids: ["error"], reason: langString),
        ":lang(en-nz)": Deviation(ids: [], reason: xmlLang),
        ":lang(fr)": Deviation(ids: [], reason: xmlLang),
        ":lang(ru)": Deviation(ids: [], reason: xmlLang),
        ":lang(de) :lang(zh)": Deviation(ids: [], reason: xmlLang),
        ":lang(en), :lang(zh)": Deviation(ids: [], reason: xmlLang),
    ]

    /// `must_fail` selectors a browser accepts and that select nothing.
    static let acceptedSelectingNothing: [String: String] = [
        ":after": "CSS 2's one-colon form of ::after: a valid pseudo-element, which selects no element"
    ]

    /// `must_fail` selectors that are valid CSS, rejected by cssselect only because it cannot translate
    /// `*-of-type` on `*`. The engine accepts them; what they select is checked against a DOM walk.
    static let acceptedByBrowsers: [String: OfTypeReference.Kind] = [
        ":first-of-type": .first,
        ":last-of-type": .last,
        ":only-of-type": .only,
        ":nth-of-type(1)": .nth(1),
        ":nth-last-of-type(1)": .nthLast(1),
        "*:has(f):first-of-type": .first,
    ]
}
