/// A unified diff split into lines for the page: each line's kind is a class (`added`, `removed`,
/// `context`, `hunk`, `header`: the shared stylesheet's) and its sign stays visible text, so the change
/// is not told by colour alone.
struct DiffLine: Sendable, Hashable {
    var kind: String
    var sign: String
    var text: String

    /// The lines of `unified`.
    static func parse(_ unified: String) -> [DiffLine] {
        var lines = unified.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }
        return lines.map { line in
            if line.hasPrefix("+++") || line.hasPrefix("---") { return DiffLine(kind: "header", sign: "", text: line) }
            if line.hasPrefix("@@") { return DiffLine(kind: "hunk", sign: "", text: line) }
            let rest = String(line.dropFirst())
            switch line.first {
            case "+": return DiffLine(kind: "added", sign: "+", text: rest)
            case "-": return DiffLine(kind: "removed", sign: "-", text: rest)
            case " ": return DiffLine(kind: "context", sign: " ", text: rest)
            default: return DiffLine(kind: "context", sign: " ", text: line)
            }
        }
    }
}
