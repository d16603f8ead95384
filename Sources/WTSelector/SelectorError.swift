/// A syntax error in a CSS selector or an XPath expression.
///
/// Parsing stops at the first error, so one selector yields at most one `SelectorError`. Positions are
/// UTF-8 byte offsets into the text that was parsed; a caller that embedded the text in a larger file (a
/// string literal in a `.wt` program) adds the literal's own offset to point at the exact column.
public struct SelectorError: Error, Sendable, Hashable, CustomStringConvertible {
    /// A short, lower-case sentence saying what was expected, e.g. `expected a selector after '>'`.
    public let message: String
    /// UTF-8 byte offset of the problem, `0...text.utf8.count`.
    public let offset: Int
    /// UTF-8 byte length of the offending text; at least 1 except at the end of the text or for empty input.
    public let length: Int

    /// Creates an error; `offset` and `length` are clamped to be non-negative.
    public init(message: String, offset: Int, length: Int) {
        self.message = message
        self.offset = max(0, offset)
        self.length = max(0, length)
    }

    /// `offset: message`, for logs and test failures.
    public var description: String { "\(offset): \(message)" }
}
