/// A small line diff for the fake backend: the common prefix and suffix kept as context, the middle
/// shown as removed then added lines. Enough to show that `diff` travels; the real one is WTService's.
enum FakeDiff {
    static func unified(old: String, new: String, from: String, to: String) -> String {
        let a = old.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let b = new.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var prefix = 0
        while prefix < min(a.count, b.count), a[prefix] == b[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < min(a.count, b.count) - prefix, a[a.count - 1 - suffix] == b[b.count - 1 - suffix] {
            suffix += 1
        }
        var lines = ["--- \(from)", "+++ \(to)"]
        lines += a[..<prefix].map { " " + $0 }
        lines += a[prefix..<(a.count - suffix)].map { "-" + $0 }
        lines += b[prefix..<(b.count - suffix)].map { "+" + $0 }
        lines += a[(a.count - suffix)...].map { " " + $0 }
        return lines.joined(separator: "\n") + "\n"
    }
}
