/// `:lang()` matching as Chromium does it: the element's language equals the range or starts with the
/// range followed by `-`, ASCII case-insensitively (`:lang(en)` matches `en-US`). Chromium implements
/// neither the extended filtering of Selectors 4 (`de-DE` matching `de-Latn-DE`) nor `*` wildcards, and
/// the dialect follows it (SelectorDifferentialTests/Cases/lang.txt).
enum LangRange {
    static func matches(tag: String, range: String) -> Bool {
        let tag = XPathText.asciiLowercased(tag)
        let range = XPathText.asciiLowercased(range)
        return tag == range || tag.hasPrefix(range + "-")
    }
}
