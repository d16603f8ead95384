import Foundation

/// Renders a `ReportData` as HTML: the whole self-contained file for `wtc exec --report`, or the sections a
/// console page embeds.
public struct ReportPage: Sendable {
    /// How pictures reach the page.
    public enum Pictures: Sendable {
        /// Inside the file: each picture once, as a style rule's data URL that every place showing it uses
        /// (a step's "after" is the next step's "before"), so a long run does not carry each twice.
        case inline(ReportImages)
        /// As `<img>` elements with these URLs (the console, whose policy forbids inline style).
        case linked(@Sendable (String) -> String?)
    }

    public var data: ReportData
    public var pictures: Pictures

    public init(_ data: ReportData, pictures: Pictures) {
        self.data = data
        self.pictures = pictures
    }

    /// The whole report: one HTML document with nothing outside it.
    public func document(generatedAt: Date = Date()) -> String {
        let head = HTMLNode.el(
            "head", [:],
            [
                .el("meta", ["charset": "utf-8"]),
                .el("meta", ["name": "viewport", "content": "width=device-width, initial-scale=1"]),
                .el("title", [:], text: "wtc report: \(data.title)"),
                .styleSheet(ReportStyle.css + pictureRules()),
            ])
        let body = HTMLNode.el(
            "body", [:],
            [
                .el(
                    "header", ["class": "top"],
                    [.el("h1", [:], text: data.title), .el("span", ["class": "muted"], text: data.programName)]),
                .el("main", [:], sections()),
                .el("footer", [:], text: "Run report by wtc, written \(Self.timestamp(generatedAt))."),
            ])
        return "<!doctype html>\n" + HTMLNode.el("html", ["lang": "en"], [head, body]).render() + "\n"
    }

    /// The report's sections, in reading order: the verdict, where it failed, the program, the steps, the
    /// parameters, the outputs and the ledger.
    public func sections() -> [HTMLNode] {
        var sections = [summary()]
        if let failure = data.failure { sections.append(failureSection(failure)) }
        sections.append(ProgramListing(data: data).section())
        if !data.steps.isEmpty { sections.append(stepsSection()) }
        if !data.parameters.isEmpty { sections.append(parametersSection()) }
        sections.append(outputsSection())
        if !data.ledger.isEmpty { sections.append(ledgerSection()) }
        return sections
    }

    func summary() -> HTMLNode {
        let verdict =
            data.succeeded
            ? HTMLNode.el("span", ["class": "verdict ok"], text: "✓ Succeeded")
            : HTMLNode.el("span", ["class": "verdict failed"], text: "✗ Failed")
        let facts =
            "\(data.steps.count) step\(data.steps.count == 1 ? "" : "s") · "
            + String(format: "%.2f s", data.seconds) + " · \(data.mode) mode · started "
            + Self.timestamp(data.startedAt)
        return .el(
            "section", ["aria-label": "Summary"], [.el("p", [:], [verdict, .text(" "), .el("span", [:], text: facts)])])
    }

    func failureSection(_ failure: ReportData.Failure) -> HTMLNode {
        var place = data.programName
        if let line = failure.line { place += ":\(line)" + (failure.column.map { ":\($0)" } ?? "") }
        var lines: [HTMLNode] = [
            .el(
                "p", [:],
                [
                    failure.line.map { .el("a", ["href": "#L\($0)"], text: place) } ?? .text(place),
                    .text(": error: \(failure.message) "), .el("span", ["class": "muted"], text: "[\(failure.id)]"),
                ])
        ]
        lines += failure.notes.map { .el("p", ["class": "muted"], text: "note: \($0)") }
        if let help = failure.help { lines.append(.el("p", [:], text: "help: \(help)")) }
        var children: [HTMLNode] = [
            .el("h2", ["id": "failure"], text: "Where it failed"), .el("div", ["class": "diagnostic"], lines),
        ]
        if let shot = failure.picture { children.append(figure(shot, "The page when the run stopped")) }
        return .el("section", ["aria-labelledby": "failure"], children)
    }

    func stepsSection() -> HTMLNode {
        let items = data.steps.map { step -> HTMLNode in
            var line = "[\(step.index)] line \(step.line)  \(step.summary)  " + Self.milliseconds(step.milliseconds)
            if let url = step.url { line += "  \(url)" }
            var shots: [HTMLNode] = []
            if let before = step.before { shots.append(figure(before, "Before step \(step.index)")) }
            if let after = step.after { shots.append(figure(after, "After step \(step.index)")) }
            guard !shots.isEmpty else { return .el("li", ["id": "step-\(step.index)"], [.el("code", [:], text: line)]) }
            return .el(
                "li", ["id": "step-\(step.index)"],
                [
                    .el(
                        "details", [:],
                        [.el("summary", [:], [.el("code", [:], text: line)]), .el("div", ["class": "shots"], shots)])
                ])
        }
        return .el(
            "section", ["aria-labelledby": "steps"],
            [.el("h2", ["id": "steps"], text: "Steps"), .el("ol", ["class": "steps"], items)])
    }

    func parametersSection() -> HTMLNode {
        let rows = data.parameters.map { parameter -> HTMLNode in
            let value: HTMLNode =
                parameter.value.map { .el("code", [:], text: $0) }
                ?? .el("span", ["class": "muted"], text: "secret (not shown)")
            return .el("tr", [:], [.el("th", ["scope": "row"], text: parameter.name), .el("td", [:], [value])])
        }
        return .el(
            "section", ["aria-labelledby": "parameters"],
            [.el("h2", ["id": "parameters"], text: "Parameters"), .el("table", [:], [.el("tbody", [:], rows)])])
    }

    func outputsSection() -> HTMLNode {
        let body: HTMLNode =
            data.outputs.map { JSONTree.render($0) }
            ?? .el("p", ["class": "muted"], text: "No outputs: the run stopped before it produced them.")
        return .el("section", ["aria-labelledby": "outputs"], [.el("h2", ["id": "outputs"], text: "Outputs"), body])
    }

    func ledgerSection() -> HTMLNode {
        let rows = data.ledger.map {
            HTMLNode.el(
                "tr", [:], [.el("th", ["scope": "row"], text: $0.label), .el("td", ["class": "num"], text: $0.value)])
        }
        return .el(
            "section", ["aria-labelledby": "ledger"],
            [.el("h2", ["id": "ledger"], text: "Ledger"), .el("table", [:], [.el("tbody", [:], rows)])])
    }

    private func figure(_ id: String, _ caption: String) -> HTMLNode {
        .el("figure", [:], [picture(id, label: caption), .el("figcaption", [:], text: caption)])
    }

    /// One picture: a styled box in a file (its rule carries the bytes), an `<img>` on a console page.
    func picture(_ id: String, label: String) -> HTMLNode {
        switch pictures {
        case .inline(let images):
            guard images.pictures[id] != nil else { return .el("p", ["class": "muted"], text: "(no picture)") }
            return .el("div", ["class": "shot shot-\(id)", "role": "img", "aria-label": label])
        case .linked(let url):
            guard let src = url(id) else { return .el("p", ["class": "muted"], text: "(no picture)") }
            return .el("img", ["class": "shot", "src": src, "alt": label, "loading": "lazy"])
        }
    }

    /// One style rule per inline picture: its bytes as a data URL and its shape.
    func pictureRules() -> String {
        guard case .inline(let images) = pictures else { return "" }
        return images.pictures.keys.sorted().compactMap { id -> String? in
            guard let p = images.pictures[id] else { return nil }
            return "\n.shot-\(id) { background-image: url(\"data:image/jpeg;base64,\(p.jpeg.base64EncodedString())\"); "
                + "aspect-ratio: \(p.width) / \(p.height); }"
        }.joined()
    }

    static func milliseconds(_ ms: Double) -> String {
        ms < 1000 ? String(format: "%.0f ms", ms) : String(format: "%.2f s", ms / 1000)
    }

    static func timestamp(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: date)
    }
}
