/// The one growing buffer every printer function writes into, plus the current block depth.
///
/// All output goes through `write`, which appends in amortised constant time, so printing is linear
/// in the size of the output. Lines are built left to right and ended with `newline()`; nothing is
/// ever inserted or removed, which is what keeps trailing whitespace out: indentation is written
/// only when a line gets content (`startLine()`), and blank lines are written as a bare LF.
struct PrintBuffer {
    private(set) var text: String = ""
    /// Block nesting of the line being written; each level indents by `indentUnit`.
    var depth = 0

    static let indentUnit = "  "

    init(reservingCapacity capacity: Int = 0) {
        text.reserveCapacity(capacity)
    }

    mutating func write(_ piece: String) {
        text.append(piece)
    }

    mutating func write(_ piece: Substring) {
        text.append(contentsOf: piece)
    }

    /// Indentation for a new line at the current depth.
    mutating func startLine() {
        for _ in 0..<depth { text.append(Self.indentUnit) }
    }

    mutating func newline() {
        text.append("\n")
    }

    /// An empty line; callers only ask for one at a sequence boundary, so there are never two in a row.
    mutating func blankLine() {
        text.append("\n")
    }

    /// `  # text` at the end of the current line, then the line break.
    mutating func endLine(trailing comment: Comment?) {
        if let comment {
            text.append("  #")
            let body = Self.singleLine(comment.text)
            if !body.isEmpty {
                text.append(" ")
                text.append(contentsOf: body)
            }
        }
        text.append("\n")
    }

    /// Own-line comments at the current depth, one `# text` line each.
    mutating func commentLines(_ comments: [Comment]) {
        for comment in comments {
            for line in Self.lines(of: comment.text) {
                startLine()
                text.append("#")
                if !line.isEmpty {
                    text.append(" ")
                    text.append(contentsOf: line)
                }
                text.append("\n")
            }
        }
    }

    /// Comment text reduced to what survives a re-parse: surrounding whitespace goes (the parser trims
    /// it), and line breaks, which would end the comment, become spaces.
    static func singleLine(_ text: String) -> Substring {
        guard text.contains(where: \.isNewline) else { return trimmed(text[...]) }
        let joined = String(text.map { $0.isNewline ? " " : $0 })
        return trimmed(joined[...])
    }

    /// An own-line comment whose text has line breaks prints as several comment lines, so a comment
    /// written by the compiler can never turn its second line into code.
    static func lines(of text: String) -> [Substring] {
        let body = trimmed(text[...])
        guard body.contains(where: \.isNewline) else { return [body] }
        return body.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map(trimmed)
    }

    static func trimmed(_ text: Substring) -> Substring {
        guard let first = text.firstIndex(where: { !$0.isWhitespace }),
            let last = text.lastIndex(where: { !$0.isWhitespace })
        else { return "" }
        return text[first...last]
    }
}
