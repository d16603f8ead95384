import WTExtract

/// Example pages by their HTML and address, so a compile parses and indexes each snapshot once however
/// many extraction steps read it (a paginated listing is read by every iteration).
public final class ExamplePages {
    /// An example's `key` (else its HTML) and its URL: a snapshot's path is hashed much faster than its HTML.
    private struct Key: Hashable {
        var source: String
        var url: String
    }

    private var pages: [Key: ExamplePage] = [:]
    private let selectors = SelectorCache()
    /// Pages prepared ahead (`SnapshotStore.preparedPage`), by snapshot path and URL.
    var prepared: ((_ path: String, _ url: String) -> ExamplePage?)?

    public init() {}

    func page(_ example: ExtractionExample) throws(ExtractError) -> ExamplePage {
        let key = Key(source: example.key ?? example.html, url: example.url)
        if let cached = pages[key] { return cached }
        let page: ExamplePage
        if let path = example.key, let document = example.document, document.url == example.url,
            let ready = prepared?(path, example.url), ready.document === document
        {
            // Built from the same document as below, its indexes already made.
            ready.selectors = selectors
            page = ready
        } else if let document = example.document, document.url == example.url {
            page = ExamplePage(document, url: example.url, selectors: selectors)
        } else {
            let document = try HTMLDocument(html: example.html, url: example.url)
            document.indexElements()
            page = ExamplePage(document, url: example.url, selectors: selectors)
        }
        pages[key] = page
        return page
    }
}
