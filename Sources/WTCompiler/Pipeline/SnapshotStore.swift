import WTExtract
import WTTrace

/// The trace's page snapshots, each parsed once: the compiler checks every choice against them.
final class SnapshotStore {
    private let load: (String) -> String?
    private var documents: [String: HTMLDocument] = [:]
    private var html: [String: String] = [:]
    /// Time spent in `load` and in parsing, for `StageTimings` (what lowering spends on snapshots).
    private(set) var reading: Duration = .zero
    private(set) var parsing: Duration = .zero

    /// - Parameter load: the HTML of a snapshot by its path relative to the trace (nil when missing).
    init(load: @escaping (String) -> String?) {
        self.load = load
    }

    /// The page's snapshot as a document, or nil when the page has no snapshot or it cannot be read.
    func document(_ page: TracePage?) -> HTMLDocument? {
        guard let page, let path = page.snapshot else { return nil }
        if let cached = documents[path] { return cached }
        guard let text = source(path) else { return nil }
        let started = ContinuousClock.now
        let parsed = try? HTMLDocument(html: text, url: page.url)
        parsing += ContinuousClock.now - started
        guard let document = parsed else { return nil }
        documents[path] = document
        return document
    }

    /// The snapshot's HTML text.
    func source(_ path: String) -> String? {
        if let cached = html[path] { return cached }
        let started = ContinuousClock.now
        let text = load(path)
        reading += ContinuousClock.now - started
        html[path] = text
        return text
    }

    /// The element a trace description points at in `document`: by its absolute XPath.
    static func node(_ element: TraceElement, in document: HTMLDocument) -> Node? {
        guard let xpath = element.xpath, let nodes = try? document.select(.xpath(xpath)), nodes.count == 1 else {
            return nil
        }
        return nodes[0]
    }
}
