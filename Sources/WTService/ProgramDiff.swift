/// A unified diff of two program texts, as `diff -u` prints it (three lines of context), for reviewing a
/// key's revisions: `wtc keys diff` and the API's reuse-key diff. Empty when the texts are equal.
public enum ProgramDiff {
    public static func unified(old: String, new: String, from: String, to: String, context: Int = 3) -> String {
        let edits = script(lines(old), lines(new))
        let ranges = hunks(edits, context: context)
        guard !ranges.isEmpty else { return "" }
        return "--- \(from)\n+++ \(to)\n" + ranges.map { render(edits[$0]) }.joined()
    }

    /// One line of the edit script: kept (at old line `old`, new line `new`), deleted or inserted; 0-based.
    enum Edit: Equatable {
        case same(old: Int, new: Int, Substring)
        case delete(old: Int, Substring)
        case insert(new: Int, Substring)

        var isChange: Bool { if case .same = self { false } else { true } }
    }

    private static func lines(_ text: String) -> [Substring] {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        if lines.last == "" { lines.removeLast() }
        return lines
    }

    /// The edit script from the longest common subsequence (programs are small: quadratic is fine).
    static func script(_ a: [Substring], _ b: [Substring]) -> [Edit] {
        var lcs = Array(repeating: Array(repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in a.indices.reversed() {
            for j in b.indices.reversed() {
                lcs[i][j] = a[i] == b[j] ? lcs[i + 1][j + 1] + 1 : max(lcs[i + 1][j], lcs[i][j + 1])
            }
        }
        var edits: [Edit] = []
        var (i, j) = (0, 0)
        while i < a.count || j < b.count {
            if i < a.count, j < b.count, a[i] == b[j] {
                edits.append(.same(old: i, new: j, a[i]))
                (i, j) = (i + 1, j + 1)
            } else if i < a.count, j == b.count || lcs[i + 1][j] >= lcs[i][j + 1] {
                // Deletions before insertions, as diff -u prints a changed line.
                edits.append(.delete(old: i, a[i]))
                i += 1
            } else {
                edits.append(.insert(new: j, b[j]))
                j += 1
            }
        }
        return edits
    }

    /// The ranges of the script worth printing: each change with `context` kept lines around it, merged
    /// where they touch.
    private static func hunks(_ edits: [Edit], context: Int) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        for index in edits.indices where edits[index].isChange {
            let range = max(0, index - context)..<min(edits.count, index + context + 1)
            if let last = ranges.last, last.upperBound >= range.lowerBound {
                ranges[ranges.count - 1] = last.lowerBound..<max(last.upperBound, range.upperBound)
            } else {
                ranges.append(range)
            }
        }
        return ranges
    }

    private static func render(_ hunk: ArraySlice<Edit>) -> String {
        var oldStart: Int?
        var newStart: Int?
        var (oldCount, newCount) = (0, 0)
        var body = ""
        for edit in hunk {
            switch edit {
            case .same(let i, let j, let text):
                (oldStart, newStart) = (oldStart ?? i, newStart ?? j)
                (oldCount, newCount) = (oldCount + 1, newCount + 1)
                body += " \(text)\n"
            case .delete(let i, let text):
                oldStart = oldStart ?? i
                oldCount += 1
                body += "-\(text)\n"
            case .insert(let j, let text):
                newStart = newStart ?? j
                newCount += 1
                body += "+\(text)\n"
            }
        }
        // diff -u numbers an empty side by the line before it.
        let oldLine = oldCount == 0 ? (oldStart ?? 0) : (oldStart ?? 0) + 1
        let newLine = newCount == 0 ? (newStart ?? 0) : (newStart ?? 0) + 1
        return "@@ -\(oldLine),\(oldCount) +\(newLine),\(newCount) @@\n" + body
    }
}
