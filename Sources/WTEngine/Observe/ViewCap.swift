import WTRuntime

/// Fits a view into a token budget (`PageObservation.estimatedTokens`) without cutting a line: the lines
/// below a depth collapse into `… N more lines in [ref]` under their parent, from the deepest level up,
/// until the view fits; if even the top-level lines do not, the last of them give way to `… N more lines`.
enum ViewCap {
    static func fit(_ lines: [ViewLine], maxTokens: Int) -> [ViewLine] {
        guard PageObservation.estimatedTokens(lines.rendered) > maxTokens else { return lines }
        let deepest = lines.map(\.depth).max() ?? 0
        var level = deepest - 1
        while level >= 0 {
            let collapsed = collapse(lines, below: level)
            if PageObservation.estimatedTokens(collapsed.rendered) <= maxTokens { return collapsed }
            level -= 1
        }
        return truncate(collapse(lines, below: 0), maxTokens: maxTokens)
    }

    /// Every line deeper than `level` replaced, under the line at `level` that holds it, by one summary line.
    static func collapse(_ lines: [ViewLine], below level: Int) -> [ViewLine] {
        var out: [ViewLine] = []
        var index = 0
        while index < lines.count {
            let line = lines[index]
            index += 1
            out.append(line)
            guard line.depth == level else { continue }
            var hidden = 0
            while index < lines.count, lines[index].depth > level {
                hidden += 1
                index += 1
            }
            if hidden > 0 {
                let holder = line.ref.map { " in [\($0)]" } ?? ""
                out.append(
                    ViewLine(
                        depth: line.depth + 1, summary: "… \(hidden) more lines\(holder)",
                        key: "in:\(line.ref ?? line.key)"))
            }
        }
        return out
    }

    /// The first lines that fit with room for the closing summary.
    static func truncate(_ lines: [ViewLine], maxTokens: Int) -> [ViewLine] {
        var kept: [ViewLine] = []
        var used = 0
        let reserve = 8
        for (index, line) in lines.enumerated() {
            let cost = PageObservation.estimatedTokens(line.rendered + "\n")
            if used + cost + reserve > maxTokens {
                let more = lines.count - index
                kept.append(ViewLine(depth: 0, summary: "… \(more) more lines", key: "more-lines"))
                return kept
            }
            used += cost
            kept.append(line)
        }
        return kept
    }
}
