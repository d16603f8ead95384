import WTExtract
import WTTrace

/// Records steps the way `wtc exec --trace --mode http` does (`RecordingDriver`, `TraceRecorder`,
/// `TracePages`, `ElementDescriber` in WTEngine), over generated pages instead of a live site: each
/// distinct rendered DOM stored once as `snapshots/NNNN.html` and each raw body once as
/// `responses/NNNN.html`, in order of first sight; `open` with only the page after; actions with the page
/// before and after and the target described from the page before; `extract` with the page last seen and
/// the records the run produced.
final class TraceBuilder {
    private(set) var steps: [TraceStep] = []
    /// Snapshot and response files by relative path.
    private(set) var files: [String: String] = [:]
    /// File names by content, per folder.
    private var names: [String: [String: String]] = [:]
    /// Pages already recorded, by the body the server sent.
    private var recorded: [String: TracePage] = [:]
    private var documents: [String: HTMLDocument] = [:]
    private var lastPage: TracePage?
    private var elapsedMs = 3.2

    /// The page as the recorder stores it: the parsed DOM's `outerHTML` and the raw body, named on first
    /// sight.
    func record(_ page: SitePage) throws -> TracePage {
        if let known = recorded[page.html] { return known }
        let rendered = try HTMLDocument(html: page.html, url: page.url).root?.outerHTML ?? page.html
        let snapshot = name(of: rendered, in: "snapshots")
        if documents[snapshot] == nil { documents[snapshot] = try HTMLDocument(html: rendered, url: page.url) }
        let response = name(of: page.html, in: "responses")
        let traced = TracePage(url: page.url, title: page.title, snapshot: snapshot, response: response)
        recorded[page.html] = traced
        return traced
    }

    private func name(of text: String, in folder: String) -> String {
        if let known = names[folder]?[text] { return known }
        let name = folder + "/" + String(format: "%04d", names[folder, default: [:]].count + 1) + ".html"
        names[folder, default: [:]][text] = name
        files[name] = text
        return name
    }

    /// The snapshot as the compiler will parse it.
    func document(_ page: TracePage) -> HTMLDocument? { page.snapshot.flatMap { documents[$0] } }

    func open(_ page: SitePage, line: Int) throws {
        let after = try record(page)
        append(TraceStep(index: 0, action: .open, value: page.url, after: after), line: line, timed: true)
        lastPage = after
    }

    /// An action on the element `css` finds on the current page, which leads to `next` (or stays).
    func act(
        _ action: TraceAction, _ css: String, value: String? = nil, selectors: [String], to next: SitePage? = nil,
        line: Int
    ) throws {
        guard let before = lastPage, let document = document(before) else { throw BenchError("no page to act on") }
        let found = try document.select(CompiledSelector(css: css))
        guard found.count == 1 else { throw BenchError("'\(css)' finds \(found.count) elements on \(before.url)") }
        let after = try next.map(record) ?? before
        var step = TraceStep(index: 0, action: action, value: value, before: before, after: after)
        step.target = Self.describe(found[0], selectors: selectors)
        append(step, line: line, timed: true)
        lastPage = after
    }

    /// An `extract` of `value`, computed by the caller from the current page with WTExtract as the run did.
    func extract(into: String, append isAppend: Bool, line: Int, _ read: (HTMLDocument) throws -> JSONValue) throws {
        guard let before = lastPage, let document = document(before) else { throw BenchError("nothing to extract") }
        var step = TraceStep(index: 0, action: .extract, before: before)
        step.extraction = TraceExtraction(into: into, append: isAppend, value: try read(document))
        append(step, line: line, timed: false)
    }

    private func append(_ step: TraceStep, line: Int, timed: Bool) {
        var step = step
        step.index = steps.count + 1
        step.source = "program.wt:\(line)"
        if timed {
            let duration = 1.5 + Double((steps.count * 7_919) % 4_000) / 100
            step.timing = TraceTiming(startMs: elapsedMs, durationMs: duration)
            elapsedMs += duration + 0.4
        }
        steps.append(step)
    }

    /// `ElementDescriber.describe`, with WTExtract's public node API.
    static func describe(_ node: Node, selectors: [String]) -> TraceElement {
        var text = node.text
        if text.count > 120 { text = String(text.prefix(120)) }
        let lookAlikes = node.parent?.children.filter {
            $0.kind == .element && $0.tagName == node.tagName && $0.classes == node.classes
        }
        return TraceElement(
            tag: node.tagName ?? "", id: node.attribute("id"), classes: node.classes, role: node.role,
            name: node.accessibleName, label: node.labelText, text: text.isEmpty ? nil : text,
            attributes: node.attributes.map { TraceElement.Attribute(name: $0.name, value: $0.value) },
            selectors: selectors, xpath: node.absoluteXPath, index: lookAlikes?.firstIndex(of: node) ?? 0)
    }
}

struct BenchError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
