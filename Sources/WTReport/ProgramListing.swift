/// The program's lines as the report shows them: each line numbered and anchored (`#L12`), marked by how
/// the run went there — ran (✓, with its total time and how many times), failed (✗, highlighted) or not
/// reached — with the compiler's reasons for the line beneath it.
struct ProgramListing {
    var data: ReportData

    /// What the run did at one line.
    struct LineRun {
        var count = 0
        var milliseconds = 0.0
    }

    func section() -> HTMLNode {
        var runs: [Int: LineRun] = [:]
        for step in data.steps {
            runs[step.line, default: LineRun()].count += 1
            runs[step.line, default: LineRun()].milliseconds += step.milliseconds
        }
        let reasons = Dictionary(grouping: data.explanations, by: \.line)
        let lines = data.source.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        // A file ending in a newline has no empty last line to show.
        let shown = lines.last == "" ? lines.dropLast() : lines[...]
        let items = shown.enumerated().map { offset, text in
            row(offset + 1, text, run: runs[offset + 1], reasons: reasons[offset + 1] ?? [])
        }
        return .el(
            "section", ["aria-labelledby": "program"],
            [
                .el("h2", ["id": "program"], text: "Program"),
                .el("p", ["class": "muted"], text: legend),
                .el("ol", ["class": "program"], items),
            ])
    }

    private var legend: String {
        "\(data.programName): ✓ ran (total time, × times), ✗ failed here; unmarked lines did not run as steps."
            + (data.explanations.isEmpty ? "" : " The compiler's reasons are under the lines they produced.")
    }

    private func row(_ number: Int, _ text: String, run: LineRun?, reasons: [ReportData.Explanation]) -> HTMLNode {
        let failed = data.failure?.line == number
        let state = failed ? "failed" : run == nil ? "idle" : "ok"
        let mark = failed ? "✗" : run == nil ? "" : "✓"
        var time = ""
        if let run { time = ReportPage.milliseconds(run.milliseconds) + (run.count > 1 ? " ×\(run.count)" : "") }
        var children: [HTMLNode] = [
            .el("span", ["class": "ln"], text: "\(number)"),
            .el("span", ["class": "mark", "aria-label": failed ? "failed" : run == nil ? "" : "ran"], text: mark),
            .el("code", [:], text: text),
            .el("span", ["class": "time"], text: time),
        ]
        if !reasons.isEmpty {
            children.append(.el("ul", ["class": "explain"], reasons.map { .el("li", [:], text: $0.text) }))
        }
        return .el("li", ["id": "L\(number)", "class": "line \(state)"], children)
    }
}
