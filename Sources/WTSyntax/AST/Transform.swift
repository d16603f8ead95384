import WTDiagnostics

/// One `then …` step of a value pipeline (`transform` in the grammar): `text ".n" then match "of (\\d+)"
/// then int`. Transforms apply to a string, or to each string of a list.
public struct Transform: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        /// The first match of a regular expression: the named or numbered `group` when given, else the first
        /// capture group if the pattern has one, else the whole match (Parsel's `re_first`).
        case match(StringLiteral, group: MatchGroup?)
        /// Every match, with the same rule for what each one yields (Parsel's `re`); a list of strings.
        case matches(StringLiteral)
        /// Every occurrence of the literal text replaced.
        case replace(StringLiteral, with: StringLiteral)
        /// The parts between separators, each trimmed, empty parts dropped; a list of strings.
        case split(StringLiteral)
        /// Whitespace removed at both ends and runs inside collapsed to one space.
        case trim
        case lower
        case upper
        /// Read as a whole number with the `int` field kind's rules (`1,234 items` → 1234).
        case int
        /// Read as a decimal with the `number` field kind's rules (`£51.77` → 51.77).
        case number
    }

    public var kind: Kind
    public var range: SourceRange

    public init(_ kind: Kind, range: SourceRange = .at(0)) {
        self.kind = kind
        self.range = range
    }

    /// The word after `then`, as written.
    public var name: String {
        switch kind {
        case .match: "match"
        case .matches: "matches"
        case .replace: "replace"
        case .split: "split"
        case .trim: "trim"
        case .lower: "lower"
        case .upper: "upper"
        case .int: "int"
        case .number: "number"
        }
    }
}

/// Which capture group `match … group …` takes.
public enum MatchGroup: Sendable, Hashable {
    case index(Int)
    case name(String)
}
