/// One line of the agent's view of a page: `[ref] role "name" details`, indented two spaces per depth.
/// Summary lines (`… 47 more like [e31]`, `… 12 more lines in [e4]`) have no ref of their own.
struct ViewLine: Sendable, Hashable {
    /// Nesting among the lines shown (not in the DOM).
    var depth: Int
    /// The element's ref (`e12`, or `fa3` in a cross-origin frame); nil for a summary line.
    var ref: String?
    /// What follows the ref: the role word, the quoted name, the details.
    var text: String
    /// What identifies the line between two views of one page: its ref, or what a summary line summarises.
    var key: String

    init(depth: Int, ref: String, text: String) {
        self.depth = depth
        self.ref = ref
        self.text = text
        self.key = ref
    }

    init(depth: Int, summary text: String, key: String) {
        self.depth = depth
        self.ref = nil
        self.text = text
        self.key = key
    }

    /// The line as the model reads it.
    var rendered: String {
        String(repeating: "  ", count: depth) + (ref.map { "[\($0)] " } ?? "") + text
    }

    /// The line with every occurrence of each `masked` string after its role word replaced by `••••`
    /// (the role word stays, so the line keeps its shape). The page script shows text with its whitespace
    /// collapsed and cut to a length with `…`, so a secret is also looked for in those forms: collapsed, and
    /// any start of it of at least `shortestCut` characters followed by `…`.
    func masking(_ masked: [String]) -> ViewLine {
        let secrets = masked.filter { !$0.isEmpty }
        guard !secrets.isEmpty, ref != nil else { return self }
        let role = text.prefix { $0 != " " }
        var rest = String(text.dropFirst(role.count))
        for secret in secrets {
            for form in Self.forms(of: secret) { rest = Self.hide(form, in: rest) }
        }
        var line = self
        line.text = role + rest
        return line
    }

    /// The fewest characters of a secret a cut value must show before it counts as the secret.
    static let shortestCut = 8

    /// The secret as written and with its whitespace collapsed, as the view shows text.
    private static func forms(of secret: String) -> [String] {
        let collapsed = secret.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        return collapsed == secret || collapsed.isEmpty ? [secret] : [secret, collapsed]
    }

    /// `text` with `secret` and its cut forms (`start…`) replaced by dots.
    private static func hide(_ secret: String, in text: String) -> String {
        var text = text.replacingOccurrences(of: secret, with: dots)
        guard text.contains("…"), secret.count > shortestCut else { return text }
        for length in stride(from: secret.count - 1, through: shortestCut, by: -1) {
            text = text.replacingOccurrences(of: String(secret.prefix(length)) + "…", with: dots)
        }
        return text
    }

    /// What a secret shows as.
    static let dots = "••••"
}

extension [ViewLine] {
    /// The lines as one text, one a line.
    var rendered: String { map(\.rendered).joined(separator: "\n") }
}
