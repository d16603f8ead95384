import WTExtract
import WTSema
import WTSyntax
import WTTrace

/// One page an extraction step read, with the values it produced there: the examples to generalise from.
public struct ExtractionExample: Sendable {
    /// The page's HTML (the step's `before` snapshot) and its URL (relative links resolve against it).
    public var html: String
    public var url: String
    /// What the step produced on that page: a list of records (`each`), one record (`one`), or a scalar or
    /// list of scalars (a single field).
    public var value: JSONValue
    /// What identifies the HTML, such as the snapshot's path: examples with the same key and URL must have
    /// the same HTML, and are parsed once. Nil: the HTML itself (hashing a large page costs more than
    /// hashing its path).
    public var key: String?
    /// `html` parsed with this `url`, when the caller has it already: the page is not parsed again.
    public var document: HTMLDocument?

    public init(html: String, url: String, value: JSONValue, key: String? = nil, document: HTMLDocument? = nil) {
        self.html = html
        self.url = url
        self.value = value
        self.key = key
        self.document = document
    }
}

/// A field read relative to a container (or the page): `text ".author"`, `attr "data-sku" of ".sku"`.
public struct FieldPlan: Sendable, Hashable {
    public var name: String
    public var kind: WTSyntax.FieldKind
    /// For `attr` / `attrs`: the attribute.
    public var attribute: String?
    /// CSS, relative to the container.
    public var selector: String

    public init(name: String, kind: WTSyntax.FieldKind, attribute: String? = nil, selector: String) {
        self.name = name
        self.kind = kind
        self.attribute = attribute
        self.selector = selector
    }
}

/// How to read what the examples show, found by `ExtractionGeneralizer` and verified on every example page.
public enum ExtractionPlan: Sendable, Hashable {
    /// `each "container" { fields }`: one record per container match.
    case each(container: String, fields: [FieldPlan])
    /// `one "container" { fields }`: exactly one record.
    case one(container: String, fields: [FieldPlan])
    /// A single field read from the page (`urls "ul.products a"`), its `name` unused.
    case field(FieldPlan)
}

/// Why no plan reproduces the examples, with the closest attempt, for a diagnostic.
public struct GeneralizationFailure: Error, Sendable, Hashable {
    /// The record field (or "value") that could not be reproduced, if one was the problem.
    public var field: String?
    public var message: String

    public init(field: String?, message: String) {
        self.field = field
        self.message = message
    }
}
