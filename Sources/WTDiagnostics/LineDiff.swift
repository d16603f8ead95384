/// A line-based unified diff, used by `wtc fmt --check` and by golden tests.
///
/// Common leading and trailing lines are trimmed first; the middle is aligned with a longest common
/// subsequence when it is small enough, and shown as a plain replacement otherwise, so a huge file can
/// never make the diff quadratic in memory.
public enum LineDiff {
    private static let maximumCells = 4_000_000

    public static func unified(old: String, new: String, oldName: String, newName: String, context: Int = 3) -> String {
        let a = old.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let b = new.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let ops = operations(a, b)
        guard ops.contains(where: { $0.kind != .same }) else { return "" }
        return "--- \(oldName)\n+++ \(newName)\n" + hunks(ops, context: context)
    }

    enum Kind { case same, removed, added }
    struct Op {
        var kind: Kind
        var text: String
        var oldLine: Int
        var newLine: Int
    }

    static func operations(_ a: [String], _ b: [String]) -> [Op] {
        var prefix = 0
        while prefix < a.count, prefix < b.count, a[prefix] == b[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < a.count - prefix, suffix < b.count - prefix,
            a[a.count - 1 - suffix] == b[b.count - 1 - suffix]
        {
            suffix += 1
        }
        var ops = (0..<prefix).map { Op(kind: .same, text: a[$0], oldLine: $0 + 1, newLine: $0 + 1) }
        let midA = Array(a[prefix..<(a.count - suffix)])
        let midB = Array(b[prefix..<(b.count - suffix)])
        ops += middle(midA, midB, oldStart: prefix + 1, newStart: prefix + 1)
        for k in 0..<suffix {
            let i = a.count - suffix + k
            let j = b.count - suffix + k
            ops.append(Op(kind: .same, text: a[i], oldLine: i + 1, newLine: j + 1))
        }
        return ops
    }

    private static func middle(_ a: [String], _ b: [String], oldStart: Int, newStart: Int) -> [Op] {
        guard a.count * b.count <= maximumCells, !a.isEmpty, !b.isEmpty else {
            return a.enumerated().map { Op(kind: .removed, text: $1, oldLine: oldStart + $0, newLine: newStart) }
                + b.enumerated().map { Op(kind: .added, text: $1, oldLine: oldStart, newLine: newStart + $0) }
        }
        // lcs[i][j] = length of the LCS of a[i...] and b[j...], in one flat array.
        let w = b.count + 1
        var lcs = [Int32](repeating: 0, count: (a.count + 1) * w)
        for i in stride(from: a.count - 1, through: 0, by: -1) {
            for j in stride(from: b.count - 1, through: 0, by: -1) {
                lcs[i * w + j] =
                    a[i] == b[j] ? lcs[(i + 1) * w + j + 1] + 1 : max(lcs[(i + 1) * w + j], lcs[i * w + j + 1])
            }
        }
        var ops: [Op] = []
        var i = 0
        var j = 0
        while i < a.count || j < b.count {
            if i < a.count, j < b.count, a[i] == b[j] {
                ops.append(Op(kind: .same, text: a[i], oldLine: oldStart + i, newLine: newStart + j))
                i += 1
                j += 1
            } else if j < b.count, i == a.count || lcs[i * w + j + 1] > lcs[(i + 1) * w + j] {
                ops.append(Op(kind: .added, text: b[j], oldLine: oldStart + i, newLine: newStart + j))
                j += 1
            } else {
                ops.append(Op(kind: .removed, text: a[i], oldLine: oldStart + i, newLine: newStart + j))
                i += 1
            }
        }
        return ops
    }

    private static func hunks(_ ops: [Op], context: Int) -> String {
        let changed = ops.indices.filter { ops[$0].kind != .same }
        var out = ""
        var k = 0
        while k < changed.count {
            let start = max(0, changed[k] - context)
            var end = min(ops.count, changed[k] + context + 1)
            while k + 1 < changed.count, changed[k + 1] - context <= end {
                k += 1
                end = min(ops.count, changed[k] + context + 1)
            }
            let slice = ops[start..<end]
            let oldCount = slice.count { $0.kind != .added }
            let newCount = slice.count { $0.kind != .removed }
            let first = slice.first ?? Op(kind: .same, text: "", oldLine: 1, newLine: 1)
            out += "@@ -\(first.oldLine),\(oldCount) +\(first.newLine),\(newCount) @@\n"
            for op in slice {
                out += (op.kind == .same ? " " : op.kind == .removed ? "-" : "+") + op.text + "\n"
            }
            k += 1
        }
        return out
    }
}
