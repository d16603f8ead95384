import Synchronization
import WTRuntime

/// One element of a fake page: its text, attributes, inner HTML, and the elements inside it, keyed like
/// the page's (see `FakePage.elements`). A table element carries its cells.
public struct FakeElement: Sendable, Hashable {
    public var text: String
    public var attributes: [String: String]
    public var html: String?
    public var children: [String: [FakeElement]]
    public var table: FakeTable?

    public init(
        _ text: String = "", attributes: [String: String] = [:], html: String? = nil,
        children: [String: [FakeElement]] = [:], table: FakeTable? = nil
    ) {
        self.text = text
        self.attributes = attributes
        self.html = html
        self.children = children
        self.table = table
    }

    /// An `<a href>`: clicking it navigates, and `url`/`urls` read its `href`.
    public static func link(_ text: String, href: String) -> FakeElement {
        FakeElement(text, attributes: ["href": href])
    }
}

/// Header cells and rows of text cells.
public struct FakeTable: Sendable, Hashable {
    public var headers: [String]
    public var rows: [[String]]

    public init(headers: [String], rows: [[String]]) {
        self.headers = headers
        self.rows = rows
    }
}

/// What clicking an element or pressing a key does.
public enum FakeReaction: Sendable, Hashable {
    /// Goes to another page (resolved against the current one).
    case navigate(String)
    /// Adds elements to the current page under a key ("load more", an autocomplete's suggestions).
    case reveal(String, [FakeElement])
    case fail(StepError)
}

/// Elements that exist only once the page has been read `afterReads` times (for `wait for`).
public struct FakeDelayed: Sendable, Hashable {
    public var afterReads: Int
    public var elements: [FakeElement]

    public init(afterReads: Int, _ elements: [FakeElement]) {
        self.afterReads = afterReads
        self.elements = elements
    }
}

/// A page of the fake site.
///
/// Elements are keyed by how a locator choice is written: a CSS selector as its bare text (`.quote`,
/// `li.next > a`), every other choice as in the program (`text "Next"`, `role button "Sign in"`,
/// `xpath "//h1"`). A locator matches the elements of its first choice that has any; inside `within` or a
/// record, keys are looked up in the container element's `children`.
public struct FakePage: Sendable, Hashable {
    public var url: String
    public var title: String
    public var elements: [String: [FakeElement]]
    /// By locator key; without an entry, clicking a link navigates to its `href`.
    public var onClick: [String: FakeReaction]
    /// By key name (`Enter`).
    public var onPress: [String: FakeReaction]
    public var delayed: [String: FakeDelayed]
    /// Each scroll appends the next batch under its key (infinite scroll).
    public var scrollBatches: [String: [[FakeElement]]]
    /// What `summary()` says; by default the title and the element keys with their counts.
    public var summary: String?
    /// `open` of this page returns only once some driver has opened this other URL: a way to make the
    /// iterations of a concurrent loop finish out of order without any clock.
    public var loadsAfter: String?
    /// The page's body when it is a JSON document, for `json "path"`.
    public var json: String?

    public init(
        _ url: String, title: String = "", elements: [String: [FakeElement]] = [:],
        onClick: [String: FakeReaction] = [:], onPress: [String: FakeReaction] = [:],
        delayed: [String: FakeDelayed] = [:], scrollBatches: [String: [[FakeElement]]] = [:], summary: String? = nil,
        loadsAfter: String? = nil
    ) {
        self.url = url
        self.title = title
        self.elements = elements
        self.onClick = onClick
        self.onPress = onPress
        self.delayed = delayed
        self.scrollBatches = scrollBatches
        self.summary = summary
        self.loadsAfter = loadsAfter
    }
}

/// The pages every `FakeDriver` of a run shares (forks included), the log of what they did, and
/// injected failures.
public final class FakeSite: Sendable {
    private struct State {
        var pages: [String: FakePage] = [:]
        var log: [String] = []
        var failures: [String: StepError] = [:]
        var downloads: [String: FileRef] = [:]
        var forks = 0
        var closes = 0
    }

    private let state = Mutex(State())

    public init(_ pages: [FakePage] = []) {
        for page in pages { add(page) }
    }

    public func add(_ page: FakePage) { state.withLock { $0.pages[page.url] = page } }

    /// Makes the action whose log line is `line` (e.g. `open https://x/`, `click ".next"`) throw `error`.
    public func fail(_ line: String, with error: StepError) { state.withLock { $0.failures[line] = error } }

    /// What `download` returns for a URL; by default a file named after the URL's last component.
    public func serve(_ url: String, as file: FileRef) { state.withLock { $0.downloads[url] = file } }

    /// Every action of every driver, in the order they happened.
    public var log: [String] { state.withLock { $0.log } }
    /// Forks made (`PageDriver.fork()`).
    public var forkCount: Int { state.withLock { $0.forks } }
    /// `close()` calls, the first driver's included.
    public var closeCount: Int { state.withLock { $0.closes } }

    func page(at url: String) -> FakePage? { state.withLock { $0.pages[url] } }
    func download(at url: String) -> FileRef? { state.withLock { $0.downloads[url] } }
    func countFork() { state.withLock { $0.forks += 1 } }
    func countClose() { state.withLock { $0.closes += 1 } }

    /// Yields until `line` is in the log, giving up after many yields so a sequential run cannot hang.
    func awaitLog(_ line: String) async {
        for _ in 0..<100_000 {
            if state.withLock({ $0.log.contains(line) }) { return }
            await Task.yield()
        }
    }

    /// Logs an action and throws the failure injected for it, if any.
    func record(_ line: String) throws(StepError) {
        let failure = state.withLock { state -> StepError? in
            state.log.append(line)
            return state.failures[line]
        }
        if let failure { throw failure }
    }
}
