import WTDiagnostics
import WTExtract
import WTTrace

/// The trace's page snapshots, each parsed once: the compiler checks every choice against them.
final class SnapshotStore {
    private let load: (String) -> String?
    private var documents: [String: HTMLDocument] = [:]
    private var responses: [String: HTMLDocument?] = [:]
    private var html: [String: String] = [:]
    /// Snapshots being prepared on another thread, and example pages prepared, by path.
    private var pending: [String: PagePreparation.Job] = [:]
    private var prepared: [String: ExamplePage] = [:]
    private var preparation: PagePreparation?
    /// Time spent in `load` and in parsing (or waiting for a page to be prepared), for `StageTimings` (what
    /// lowering spends on snapshots).
    private(set) var reading: Duration = .zero
    private(set) var parsing: Duration = .zero

    /// - Parameter load: the HTML of a snapshot by its path relative to the trace (nil when missing).
    init(load: @escaping (String) -> String?) {
        self.load = load
    }

    deinit {
        preparation?.stop()
    }

    /// The page's snapshot as a document, or nil when the page has no snapshot or it cannot be read.
    func document(_ page: TracePage?) -> HTMLDocument? {
        guard let page, let path = page.snapshot else { return nil }
        finishPreparing(path)
        if let cached = documents[path] { return cached }
        guard let text = source(path) else { return nil }
        let started = ContinuousClock.now
        let parsed = try? HTMLDocument(html: text, url: page.url)
        parsed?.indexElements()
        parsing += ContinuousClock.now - started
        guard let document = parsed else { return nil }
        documents[path] = document
        return document
    }

    /// Prepares ahead, on another thread, the snapshots `document` will be asked for: `wanted` of the pages
    /// it may be asked for (`all`), each with the indexes to build when an extraction reads it. A snapshot
    /// `all` shows under several addresses is left to `document`, which parses it with the address of the
    /// first page that asks.
    func prepare(_ wanted: [(page: TracePage, warmth: ExamplePage.Warmth?)], all: [TracePage]) {
        var addresses: [String: Set<String>] = [:]
        for page in all { if let path = page.snapshot { addresses[path, default: []].insert(page.url) } }
        var warmth: [String: ExamplePage.Warmth] = [:]
        for (page, wanted) in wanted {
            if let path = page.snapshot, let wanted { warmth[path, default: []].formUnion(wanted) }
        }
        var jobs: [PagePreparation.Job] = []
        for (page, _) in wanted {
            guard let path = page.snapshot, documents[path] == nil, pending[path] == nil,
                addresses[path]?.count == 1, let html = source(path)
            else { continue }
            let job = PagePreparation.Job(path: path, url: page.url, html: html, warmth: warmth[path])
            pending[path] = job
            jobs.append(job)
        }
        preparation?.stop()
        preparation = PagePreparation(jobs)
    }

    /// The example page prepared for the snapshot at `path` read at `url`, once; nil when there is none.
    func preparedPage(path: String, url: String) -> ExamplePage? {
        finishPreparing(path)
        guard let page = prepared[path], page.url == url else { return nil }
        prepared[path] = nil
        return page
    }

    /// Waits for the snapshot at `path` if it is being prepared, and takes what was made of it.
    private func finishPreparing(_ path: String) {
        guard let job = pending.removeValue(forKey: path) else { return }
        let started = ContinuousClock.now
        preparation?.finish(job)
        parsing += ContinuousClock.now - started
        if let document = job.document { documents[path] = document }
        prepared[path] = job.page
    }

    /// The snapshots parsed so far, by path (raw responses left out).
    var parsedSnapshots: [String: HTMLDocument] { documents }

    /// The page's document as the network delivered it, or nil when the trace has no raw response for it.
    func response(_ page: TracePage?) -> HTMLDocument? {
        guard let page, let path = page.response else { return nil }
        if let cached = responses[path] { return cached }
        guard let text = source(path) else { return nil }
        let started = ContinuousClock.now
        let parsed = try? HTMLDocument(html: text, url: page.url)
        parsing += ContinuousClock.now - started
        responses[path] = parsed
        return parsed
    }

    /// The page's recorded JSON body, parsed, when the page was a JSON document (the recorder keeps such a
    /// body as a `.json` response); nil for any other page.
    func json(_ page: TracePage?) -> JSONNode? {
        guard let path = page?.response, path.hasSuffix(".json"), let text = source(path) else { return nil }
        return try? PositionedJSON.parse(Array(text.utf8))
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
