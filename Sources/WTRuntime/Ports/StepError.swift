/// Why a step could not be done, said so a person can act on it. Drivers and snapshots throw it; the
/// interpreter adds the step's source position.
public struct StepError: Error, Sendable, Hashable, CustomStringConvertible {
    public enum Kind: Sendable, Hashable {
        /// Nothing matched the locator.
        case notFound
        /// Several elements matched where one was needed (and the locator did not say `first`).
        case ambiguous
        case timeout
        /// The network or the browser is not available (exit 69).
        case unavailable
        /// The page answered, but not with what the step needs (HTTP 404, not HTML, …).
        case badResponse
        /// A value could not be read as the wanted type.
        case coercion
        /// The step cannot run in this mode (e.g. scrolling over plain HTTP).
        case unsupported
        /// The program asks for something no page can give: an invalid selector, an XPath that yields a
        /// value where elements are needed, a table column the header row does not name. Another mode
        /// would fail the same way, so `mode auto` does not retry it in the browser.
        case programError
        case other
    }

    public var kind: Kind
    public var message: String
    /// What the page had instead (see `PageSnapshot.summary()`), when known.
    public var pageSummary: String?

    public init(_ kind: Kind, _ message: String, pageSummary: String? = nil) {
        self.kind = kind
        self.message = message
        self.pageSummary = pageSummary
    }

    public var description: String { message }

    /// `json "…"` on a page that is not a JSON document.
    public static func notJSON(_ url: String) -> StepError {
        StepError(.badResponse, "the page at \(url) is not a JSON document, so 'json' has nothing to read")
    }
}
