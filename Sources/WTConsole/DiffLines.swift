/// A unified diff split into lines for the page: each line's kind is a class (`add`, `del`, `ctx`,
/// `hunk`, `head`) and its sign stays visible text, so the change is not told by colour alone.
struct DiffLine: Sendable, Hashable {
    var kind: String
    var sign: String
    var text: String

    /// The lines of `unified`.
    static func parse(_ unified: String) -> [DiffLine] {
        var lines = unified.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }
        return lines.map { line in
            if line.hasPrefix("+++") || line.hasPrefix("---") { return DiffLine(kind: "head", sign: "", text: line) }
            if line.hasPrefix("@@") { return DiffLine(kind: "hunk", sign: "", text: line) }
            let rest = String(line.dropFirst())
            switch line.first {
            case "+": return DiffLine(kind: "add", sign: "+", text: rest)
            case "-": return DiffLine(kind: "del", sign: "-", text: rest)
            case " ": return DiffLine(kind: "ctx", sign: " ", text: rest)
            default: return DiffLine(kind: "ctx", sign: " ", text: line)
            }
        }
    }
}
