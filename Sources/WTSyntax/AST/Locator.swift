import WTDiagnostics

/// `[first] choice | choice | …`: ordered fallbacks, tried left to right (`locator` in the grammar).
public struct Locator: Sendable, Hashable {
    /// `first`: take the first match instead of failing when several match.
    public var first: Bool
    public var choices: [LocatorChoice]
    public var range: SourceRange

    public init(first: Bool = false, choices: [LocatorChoice], range: SourceRange = .at(0)) {
        self.first = first
        self.choices = choices
        self.range = range
    }
}

/// One way to find an element (`locator_choice`). A bare string and `css "…"` are both `.css`;
/// the printer writes the bare form.
public struct LocatorChoice: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        case css(StringLiteral)
        case xpath(StringLiteral)
        case label(StringLiteral)
        case testid(StringLiteral)
        case text(StringLiteral)
        case placeholder(StringLiteral)
        /// `role button "Submit"`: an ARIA role and an optional accessible name.
        case role(Identifier, name: StringLiteral?)
    }

    public var kind: Kind
    /// `label exact "…"`, `text exact "…"`, `role button exact "…"`: the whole normalised text must equal
    /// the string, case included. Without it these kinds match a case-insensitive substring of the
    /// whitespace-normalised text, as Playwright's `getByLabel`, `getByText` and `getByRole` do.
    public var exact: Bool
    public var range: SourceRange

    public init(_ kind: Kind, exact: Bool = false, range: SourceRange = .at(0)) {
        self.kind = kind
        self.exact = exact
        self.range = range
    }
}
