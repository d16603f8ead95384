/// `:lang()` matching: a language range against an element's language tag, by the extended filtering
/// of RFC 4647 § 3.3.2, ASCII case-insensitively, as Selectors 4 § 7.2 asks. `*` in the first subtag
/// matches any language; later `*` subtags are skipped; a range subtag may skip over tag subtags that
/// are not single letters or digits (so `de-DE` matches `de-Latn-DE`, not `de-x-DE`).
enum LangRange {
    static func matches(tag: String, range: String) -> Bool {
        let tagParts = lower(tag).split(separator: "-", omittingEmptySubsequences: false)
        let rangeParts = lower(range).split(separator: "-", omittingEmptySubsequences: false)
        guard let first = rangeParts.first, let tagFirst = tagParts.first else { return false }
        if range.isEmpty { return tag.isEmpty }
        guard first == "*" || first == tagFirst else { return false }
        if first == "*", tag.isEmpty { return false }
        var t = 1
        var r = 1
        while r < rangeParts.count {
            if rangeParts[r] == "*" {
                r += 1
                continue
            }
            guard t < tagParts.count else { return false }
            if tagParts[t] == rangeParts[r] {
                t += 1
                r += 1
            } else if tagParts[t].count == 1 {
                return false
            } else {
                t += 1
            }
        }
        return true
    }

    private static func lower(_ text: String) -> String {
        String(decoding: text.utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }, as: UTF8.self)
    }
}
