import WTSyntax

/// A locator with its interpolations filled in: what a driver looks for.
public struct ResolvedLocator: Sendable, Hashable, CustomStringConvertible {
    public enum Choice: Sendable, Hashable {
        case css(String)
        case xpath(String)
        case label(String)
        case testid(String)
        case text(String)
        case placeholder(String)
        case role(String, name: String?)
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
            case .label(let s): "label \"\(s)\""
            case .testid(let s): "testid \"\(s)\""
            case .text(let s): "text \"\(s)\""
            case .placeholder(let s): "placeholder \"\(s)\""
            case .role(let r, let n): "role \(r)" + (n.map { " \"\($0)\"" } ?? "")
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
