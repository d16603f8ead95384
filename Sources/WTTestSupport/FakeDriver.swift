import Foundation
import Synchronization
import WTRuntime
import WTSyntax

/// An in-memory `PageDriver` over a `FakeSite`, for runtime tests: no sockets, no sleeping. Actions are
/// logged on the site (`fill` logs the value as typed, so tests can see a secret arrive); a missing
/// element fails at once with the message a real driver gives after its deadline.
public final class FakeDriver: PageDriver {
    private struct Tab {
        var page: FakePage?
        var history: [String] = []
        /// Snapshots taken of this page since it was opened (for `FakeDelayed`).
        var reads = 0
        var scrolls = 0
        var revealed: [String: [FakeElement]] = [:]
        var values: [String: String] = [:]
    }

    public let site: FakeSite
    public let capabilities: DriverCapabilities
    private let tab = Mutex(Tab())

    public init(site: FakeSite, browser: Bool = false) {
        self.site = site
        self.capabilities = DriverCapabilities(isBrowser: browser, modeName: browser ? "browser" : "http")
    }

    /// What was typed or selected, by locator key, on the current page.
    public var values: [String: String] { tab.withLock { $0.values } }

    public func open(_ url: String, timeout: Duration) async throws(StepError) {
        try site.record("open \(url)")
        if let other = site.page(at: url)?.loadsAfter { await site.awaitLog("open \(other)") }
        try navigate(to: url, remember: true)
    }

    public func back(timeout: Duration) async throws(StepError) {
        try site.record("back")
        guard let previous = tab.withLock({ $0.history.popLast() }) else {
            throw StepError(.other, "there is no page to go back to")
        }
        try navigate(to: previous, remember: false)
    }

    public func click(_ locator: ResolvedLocator, scope: [ResolvedLocator], timeout: Duration) async throws(StepError) {
        try site.record("click \(locator)")
        let (key, element, page) = try target(locator, scope: scope, timeout: timeout)
        if let reaction = page.onClick[key] { return try react(reaction, on: page) }
        if let href = element.attributes["href"] {
            try navigate(to: FakeSnapshot.resolve(href, against: page.url), remember: true)
        }
    }

    public func fill(_ locator: ResolvedLocator, value: String, scope: [ResolvedLocator], timeout: Duration)
        async throws(StepError)
    {
        try site.record("fill \(locator) = \(value)")
        let (key, _, _) = try target(locator, scope: scope, timeout: timeout)
        tab.withLock { $0.values[key] = value }
    }

    public func select(
        _ locator: ResolvedLocator, by: SelectBy, value: String, scope: [ResolvedLocator], timeout: Duration
    ) async throws(StepError) {
        try site.record("select \(locator) \(by.rawValue) \(value)")
        let (key, _, _) = try target(locator, scope: scope, timeout: timeout)
        tab.withLock { $0.values[key] = value }
    }

    public func setChecked(_ locator: ResolvedLocator, _ checked: Bool, scope: [ResolvedLocator], timeout: Duration)
        async throws(StepError)
    {
        try site.record("\(checked ? "check" : "uncheck") \(locator)")
        let (key, _, _) = try target(locator, scope: scope, timeout: timeout)
        tab.withLock { $0.values[key] = checked ? "on" : "off" }
    }

    public func press(_ key: String, on locator: ResolvedLocator?, scope: [ResolvedLocator], timeout: Duration)
        async throws(StepError)
    {
        try site.record("press \(key)" + (locator.map { " on \($0)" } ?? ""))
        if let locator { _ = try target(locator, scope: scope, timeout: timeout) }
        let page = try current()
        if let reaction = page.onPress[key] { return try react(reaction, on: page) }
        // Over HTTP a key press means something only when it submits a form.
        if !capabilities.isBrowser { throw StepError(.unsupported, "pressing \"\(key)\" here does not submit a form") }
    }

    public func scroll(to locator: ResolvedLocator?, scope: [ResolvedLocator], timeout: Duration)
        async throws(StepError)
    {
        try site.record("scroll" + (locator.map { " to \($0)" } ?? ""))
        guard capabilities.isBrowser else { throw StepError(.unsupported, "scrolling needs a browser") }
        if let locator {
            _ = try target(locator, scope: scope, timeout: timeout)
        } else {
            tab.withLock { $0.scrolls += 1 }
        }
    }

    public func download(_ locator: ResolvedLocator, scope: [ResolvedLocator], timeout: Duration)
        async throws(StepError) -> FileRef
    {
        try site.record("download \(locator)")
        let (_, element, page) = try target(locator, scope: scope, timeout: timeout)
        guard let href = element.attributes["href"] else {
            throw StepError(.badResponse, "\(locator) is not a link to a file on \(page.url)")
        }
        let url = FakeSnapshot.resolve(href, against: page.url)
        let name = URL(string: url)?.lastPathComponent ?? "download"
        return site.download(at: url) ?? FileRef(path: "downloads/\(name)", name: name, mediaType: nil, size: 0)
    }

    public func snapshot() async throws(StepError) -> any PageSnapshot {
        let view = tab.withLock { tab -> FakePage? in
            tab.reads += 1
            return tab.page.map { Self.view(of: $0, tab) }
        }
        guard let view else { throw StepError(.other, "no page is open") }
        return FakeSnapshot(page: view)
    }

    public func fork() async throws(StepError) -> any PageDriver {
        try site.record("fork")
        site.countFork()
        return FakeDriver(site: site, browser: capabilities.isBrowser)
    }

    public func close() async {
        try? site.record("close")
        site.countClose()
    }

    // MARK: - Page state

    private func current() throws(StepError) -> FakePage {
        guard let page = tab.withLock({ tab in tab.page.map { Self.view(of: $0, tab) } }) else {
            throw StepError(.other, "no page is open")
        }
        return page
    }

    private func navigate(to url: String, remember: Bool) throws(StepError) {
        guard let page = site.page(at: url) else { throw StepError(.badResponse, "HTTP 404 for \(url)") }
        tab.withLock { tab in
            if remember, let previous = tab.page?.url { tab.history.append(previous) }
            tab = Tab(page: page, history: tab.history)
        }
    }

    private func react(_ reaction: FakeReaction, on page: FakePage) throws(StepError) {
        switch reaction {
        case .navigate(let href): try navigate(to: FakeSnapshot.resolve(href, against: page.url), remember: true)
        case .reveal(let key, let elements): tab.withLock { $0.revealed[key, default: []] += elements }
        case .fail(let error): throw error
        }
    }

    /// The one element an action is for: none fails as a real driver would after waiting; several fail
    /// unless the locator says `first`.
    private func target(_ locator: ResolvedLocator, scope: [ResolvedLocator], timeout: Duration)
        throws(StepError) -> (key: String, element: FakeElement, page: FakePage)
    {
        let page = try current()
        let (key, found) = try FakeSnapshot(page: page).match(locator, scope: scope)
        guard let element = found.first else {
            throw StepError(.notFound, "no element matches on \(page.url) (waited \(Self.format(timeout)))")
        }
        guard found.count == 1 || locator.first else {
            throw StepError(.ambiguous, "\(found.count) elements match on \(page.url); write 'first' to take the first")
        }
        return (key, element, page)
    }

    /// The page as it looks now: delayed elements that have appeared, scrolled-in batches, revealed ones.
    private static func view(of page: FakePage, _ tab: Tab) -> FakePage {
        var view = page
        for (key, delayed) in page.delayed where tab.reads > delayed.afterReads {
            view.elements[key, default: []] += delayed.elements
        }
        for (key, batches) in page.scrollBatches {
            view.elements[key, default: []] += batches.prefix(tab.scrolls).flatMap { $0 }
        }
        for (key, elements) in tab.revealed { view.elements[key, default: []] += elements }
        return view
    }

    private static func format(_ duration: Duration) -> String {
        let seconds = duration.components.seconds
        return seconds > 0 ? "\(seconds)s" : "\(duration.components.attoseconds / 1_000_000_000_000_000)ms"
    }
}
