/// Why a document could not be parsed, a selector compiled, or a value extracted.
///
/// The message quotes the offending text or selector and says what to do next; `id` is a stable
/// identifier for tests and diagnostics (`extract.no-match`, `extract.not-a-number`, …).
public struct ExtractError: Error, Sendable, Hashable, CustomStringConvertible {
    enum Kind: Sendable, Hashable {
        case documentTooLarge
        case documentTooDeep
        case documentUnparsable
        case invalidSelector
        case unsupportedSelector
        case xpathFailed
        case notNodes
        case noMatch
        case missingAttribute
        case missingField
        case noColumn
        /// A column asked of a table with no header cells (yet: a script may add them).
        case noColumnNoHeaders
        case noTable
        case notANumber
        case notAWholeNumber
        case notABool
        case notAURL
        case notADate
    }

    let kind: Kind
    /// A sentence describing the problem, quoting the text or selector involved.
    public let message: String

    init(_ kind: Kind, _ message: String) {
        self.kind = kind
        self.message = message
    }

    /// A stable identifier such as `extract.no-match`, suitable for diagnostics and tests.
    public var id: String {
        switch kind {
        case .documentTooLarge: "extract.document-too-large"
        case .documentTooDeep: "extract.document-too-deep"
        case .documentUnparsable: "extract.document-unparsable"
        case .invalidSelector: "extract.invalid-selector"
        case .unsupportedSelector: "extract.unsupported-selector"
        case .xpathFailed: "extract.xpath-failed"
        case .notNodes: "extract.not-nodes"
        case .noMatch: "extract.no-match"
        case .missingAttribute: "extract.missing-attribute"
        case .missingField: "extract.missing-field"
        case .noColumn, .noColumnNoHeaders: "extract.no-column"
        case .noTable: "extract.no-table"
        case .notANumber: "extract.not-a-number"
        case .notAWholeNumber: "extract.not-a-whole-number"
        case .notABool: "extract.not-a-bool"
        case .notAURL: "extract.not-a-url"
        case .notADate: "extract.not-a-date"
        }
    }

    /// True when the request itself is wrong whatever the page holds: an invalid or unsupported selector,
    /// an XPath that yields a value where elements are needed or fails, a column the table's header row
    /// does not name. Running the same request on the page rendered in a browser fails the same way.
    public var isProgramError: Bool {
        switch kind {
        case .invalidSelector, .unsupportedSelector, .xpathFailed, .notNodes, .noColumn: true
        default: false
        }
    }

    /// The message, for logs and test failures.
    public var description: String { message }

    /// The same error with `context` put in front of the message (`field "price": …`).
    func prefixed(_ context: String) -> ExtractError {
        ExtractError(kind, "\(context): \(message)")
    }
}
