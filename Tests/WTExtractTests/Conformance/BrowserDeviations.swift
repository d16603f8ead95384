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

    /// `select_ids` and `select_ids_errors`, by selector.
    static let selectIDs: [String: Deviation] = [
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
