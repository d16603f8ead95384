import Foundation
import WTDiagnostics
import WTExtract
import WTHTTP
import WTRuntime
import WTSyntax

/// The `PageDriver` for plain HTTP: pages are fetched with libcurl and read with libxml2. Links are
/// followed, forms are filled and submitted the way a browser would submit them; anything that needs
/// scripts or layout (scrolling, waiting for changes) is refused with a message that says so.
actor HTTPDriver: PageDriver {
    /// The page being looked at, and what the run typed into its forms.
    ///
    /// `@unchecked Sendable`: a forked driver starts from a copy of this page, so two drivers may read the
    /// same document; `HTMLDocument` serialises its XPath evaluation with a lock and its tree never changes,
    /// and the edits are copied, never shared.
    struct Page: @unchecked Sendable {
        var document: HTMLDocument
        var url: String
        var edits = FormSubmission.Edits()
        /// The body the server sent for this page, kept only while recording (`keepDocumentResponses`).
        var response: String?
        /// The body as JSON when the server answered JSON (`document` shows it in a `<pre>`).
        var json: Result<JSONNode, StepError>?
    }

    let client: HTTPClient
    let runDirectory: URL
    /// Requests that may have changed something on the server, shared with forks.
    let ledger: RequestLedger
    private var page: Page?
    private var history: [Page] = []
    /// Whether loaded pages keep their raw body (`DocumentResponses`); only a recorded run sets it.
    var keepsResponses = false

    nonisolated var capabilities: DriverCapabilities { DriverCapabilities(isBrowser: false, modeName: "http") }

    init(client: HTTPClient, runDirectory: URL, page: Page? = nil, ledger: RequestLedger = RequestLedger()) {
        self.client = client
        self.runDirectory = runDirectory
        self.page = page
        self.ledger = ledger
    }

    func open(_ url: String, timeout: Duration) async throws(StepError) {
        try await load(.get(url), timeout: timeout)
    }

    func back(timeout: Duration) async throws(StepError) {
        guard let previous = history.popLast() else {
            throw StepError(.other, "there is no previous page to go back to")
        }
        page = previous
    }

    func click(_ locator: ResolvedLocator, scope: [ResolvedLocator], timeout: Duration) async throws(StepError) {
        let (current, element) = try one(locator, scope: scope)
        let tag = element.tagName ?? ""
        if tag == "a" || tag == "area", let href = element.attribute("href") {
            try await load(.get(try resolve(href, in: current)), timeout: timeout)
        } else if isSubmitButton(element) {
            try await submit(formOf: element, submitter: element, in: current)
        } else if tag == "input", ["checkbox", "radio"].contains(element.attribute("type")?.lowercased() ?? "") {
            let checked = page?.edits.checked[element] ?? (element.attribute("checked") != nil)
            try mark(element, checked: !checked || element.attribute("type")?.lowercased() == "radio")
        } else {
            throw StepError(
                .unsupported,
                "clicking \(element) needs a browser: over plain HTTP only links, submit buttons, checkboxes "
                    + "and radio buttons can be clicked (use mode browser)")
        }
    }

    func fill(_ locator: ResolvedLocator, value: String, scope: [ResolvedLocator], timeout: Duration)
        async throws(StepError)
    {
        let (_, element) = try one(locator, scope: scope)
        guard ["input", "textarea"].contains(element.tagName ?? "") else {
            throw StepError(.other, "\(locator) is \(element), which cannot be filled in; point it at an input")
        }
        page?.edits.values[element] = value
    }

    func select(_ locator: ResolvedLocator, by: SelectBy, value: String, scope: [ResolvedLocator], timeout: Duration)
        async throws(StepError)
    {
        let (current, element) = try one(locator, scope: scope)
        guard element.tagName == "select" else { throw StepError(.other, "\(locator) is \(element), not a <select>") }
        let options = (try? current.document.select(.xpath(".//option"), in: element)) ?? []
        let match = options.first { option in
            by == .value ? (option.attribute("value") ?? option.text) == value : option.text == value
        }
        guard let match else {
            let available = options.prefix(10).map { "\"\($0.text)\"" }.joined(separator: ", ")
            throw StepError(.notFound, "\(locator) has no option \"\(value)\"; it has \(available)")
        }
        page?.edits.selected[element] = [match.attribute("value") ?? match.text]
    }

    func setChecked(_ locator: ResolvedLocator, _ checked: Bool, scope: [ResolvedLocator], timeout: Duration)
        async throws(StepError)
    {
        let (_, element) = try one(locator, scope: scope)
        try mark(element, checked: checked)
    }

    func press(_ key: String, on locator: ResolvedLocator?, scope: [ResolvedLocator], timeout: Duration)
        async throws(StepError)
    {
        guard key == "Enter", let locator else {
            throw StepError(
                .unsupported,
                "pressing \"\(key)\" needs a browser; over plain HTTP only \"Enter\" "
                    + "on a form field works (it submits the form)")
        }
        let (current, element) = try one(locator, scope: scope)
        try await submit(formOf: element, submitter: nil, in: current)
    }

    func scroll(to locator: ResolvedLocator?, scope: [ResolvedLocator], timeout: Duration) async throws(StepError) {
        throw StepError(.unsupported, "scrolling needs a browser; this run is over plain HTTP")
    }

    func download(_ locator: ResolvedLocator, scope: [ResolvedLocator], timeout: Duration) async throws(StepError)
        -> FileRef
    {
        let (current, element) = try one(locator, scope: scope)
        guard let href = element.attribute("href") ?? element.attribute("src") else {
            throw StepError(.other, "\(element) has no link to download")
        }
        let response = try await fetch(.get(try resolve(href, in: current)))
        return try Downloads.save(response, in: runDirectory)
    }

    func snapshot() async throws(StepError) -> any PageSnapshot {
        let current = try currentPage()
        return LibXMLSnapshot(document: current.document, url: current.url, jsonBody: current.json)
    }

    func fork() async throws(StepError) -> any PageDriver {
        HTTPDriver(client: client, runDirectory: runDirectory, page: page, ledger: ledger)
    }

    func close() async {
        page = nil
        history = []
    }

    func currentPageOrNil() -> Page? { page }

    func replacePage(with next: Page) {
        if let page { history.append(page) }
        page = next
    }

    func setEdit(_ element: Node, checked: Bool) {
        page?.edits.checked[element] = checked
    }
}
