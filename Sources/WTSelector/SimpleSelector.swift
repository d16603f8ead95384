/// A type (`div`) or universal (`*`) selector with an optional namespace prefix.
public struct TypeSelector: Sendable, Hashable {
    /// The prefix before `|`; nil when none is written (the default namespace applies).
    public var namespace: NamespacePrefix?
    /// The element name as written (case is kept; HTML matching may ignore it); nil for `*`.
    public var name: String?

    /// Creates a type selector; a nil `name` is `*`.
    public init(namespace: NamespacePrefix? = nil, name: String?) {
        self.namespace = namespace
        self.name = name
    }

    /// True for `*`, `ns|*`, `*|*`, `|*`.
    public var isUniversal: Bool { name == nil }
}

/// The part before `|` in `ns|E`, `*|E`, `|E` (and in attribute names).
public enum NamespacePrefix: Sendable, Hashable {
    /// `*|E`: any namespace, including none.
    case any
    /// `|E`: no namespace.
    case none
    /// `ns|E`: the namespace bound to the prefix.
    case named(String)
}

/// A simple selector that may follow the type selector in a compound.
public enum SimpleSelector: Sendable, Hashable {
    /// `#name`.
    case id(String)
    /// `.name`.
    case className(String)
    /// `[name]`, `[name=value]`, ….
    case attribute(AttributeSelector)
    /// `:first-child`, `:not(…)`, ….
    case pseudoClass(PseudoClass)
}

/// `[name]` or `[name op value flag]`.
public struct AttributeSelector: Sendable, Hashable {
    /// The prefix before `|` in `[ns|name]`; nil when none is written (attributes with no namespace).
    public var namespace: NamespacePrefix?
    /// The attribute name as written, with escapes removed.
    public var name: String
    /// nil for `[name]` (the attribute exists).
    public var match: AttributeMatch?

    /// Creates an attribute selector.
    public init(namespace: NamespacePrefix? = nil, name: String, match: AttributeMatch? = nil) {
        self.namespace = namespace
        self.name = name
        self.match = match
    }
}

/// The comparison in an attribute selector.
public struct AttributeMatch: Sendable, Hashable {
    /// The comparison operator.
    public var op: AttributeOperator
    /// The value with escapes and quotes removed.
    public var value: String
    /// The ` i` / ` s` flag; nil when none is written.
    public var caseSensitivity: CaseSensitivity?

    /// Creates an attribute comparison.
    public init(op: AttributeOperator, value: String, caseSensitivity: CaseSensitivity? = nil) {
        self.op = op
        self.value = value
        self.caseSensitivity = caseSensitivity
    }
}

/// Attribute operators; the raw value is the operator as written.
public enum AttributeOperator: String, Sendable, Hashable, CaseIterable {
    /// `=`: exactly equal.
    case equals = "="
    /// `~=`: one of the whitespace-separated words.
    case includes = "~="
    /// `|=`: equal, or starts with the value followed by `-`.
    case dashMatch = "|="
    /// `^=`: starts with (never matches an empty value).
    case prefix = "^="
    /// `$=`: ends with (never matches an empty value).
    case suffix = "$="
    /// `*=`: contains (never matches an empty value).
    case substring = "*="
    /// `!=`: not equal, or the attribute is absent (non-standard; from cssselect).
    case notEquals = "!="
}

/// The attribute selector flag.
public enum CaseSensitivity: String, Sendable, Hashable {
    /// ` i`: compare ASCII case-insensitively.
    case insensitive = "i"
    /// ` s`: compare case-sensitively.
    case sensitive = "s"
}

/// A pseudo-element: the two the extraction engine extracts, or one of the browser's.
public enum PseudoElement: Sendable, Hashable {
    /// `::text`: the text nodes that are children of the selected elements.
    case text
    /// `::attr(name)`: the value of the named attribute.
    case attr(String)
    /// A pseudo-element of the browser's (`::before`, `::part(x)`, the legacy `:before`): it parses, and
    /// like `querySelectorAll` the selector selects nothing. The text is the normalized pseudo-element
    /// without its colons.
    case other(String)
}
