import WTSyntax

/// A locator with its interpolations filled in: what a driver looks for.
public struct ResolvedLocator: Sendable, Hashable, CustomStringConvertible {
    /// `label`, `text` and a role's name match a case-insensitive substring of the whitespace-normalised
    /// text unless `exact` (see `LocatorChoice.exact`).
    public enum Choice: Sendable, Hashable {
        case css(String)
        case xpath(String)
        case label(String, exact: Bool = false)
        case testid(String)
        case text(String, exact: Bool = false)
        case placeholder(String)
        case role(String, name: String?, exact: Bool = false)
    }

    /// Take the first match instead of failing when several match.
    public var first: Bool
    /// Ordered fallbacks: the first choice that matches anything wins.
    public var choices: [Choice]

    public init(first: Bool = false, choices: [Choice]) {
        self.first = first
        self.choices = choices
    }

    /// Written as in the program, for messages: `"li.next > a" | role link "Next"`.
    public var description: String {
        let parts = choices.map { choice -> String in
            switch choice {
            case .css(let s): "\"\(s)\""
            case .xpath(let s): "xpath \"\(s)\""
            case .label(let s, let exact): (exact ? "label exact" : "label") + " \"\(s)\""
            case .testid(let s): "testid \"\(s)\""
            case .text(let s, let exact): (exact ? "text exact" : "text") + " \"\(s)\""
            case .placeholder(let s): "placeholder \"\(s)\""
            case .role(let r, let n, let exact): "role \(r)" + (n.map { (exact ? " exact" : "") + " \"\($0)\"" } ?? "")
            }
        }
        return (first ? "first " : "") + parts.joined(separator: " | ")
    }
}

/// One field to extract: its kind, the attribute for `attr`/`attrs`, where, and whether it may be absent.
public struct FieldRequest: Sendable, Hashable {
    public var name: String
    public var kind: FieldKind
    public var attribute: String?
    public var locator: ResolvedLocator
    /// A missing element yields `.null` instead of failing the step.
    public var optional: Bool

    public init(
        name: String, kind: FieldKind, attribute: String? = nil, locator: ResolvedLocator, optional: Bool = false
    ) {
        self.name = name
        self.kind = kind
        self.attribute = attribute
        self.locator = locator
        self.optional = optional
    }
}

/// A table column: the output field name and whether it may be empty.
public struct TableColumn: Sendable, Hashable {
    public var name: String
    public var kind: FieldKind
    public var optional: Bool

    public init(name: String, kind: FieldKind, optional: Bool) {
        self.name = name
        self.kind = kind
        self.optional = optional
    }
}
