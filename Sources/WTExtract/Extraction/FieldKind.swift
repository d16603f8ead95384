/// What to extract from the nodes a selector selects. Scalar kinds read the first selected node;
/// list kinds read every selected node.
public enum FieldKind: Sendable, Hashable {
    /// The first node's text (see `Node.text`); for `::text` selectors the first text node with any.
    case text
    /// Every node's text, leaving out empty ones.
    case texts
    /// The first node's markup (`outerHTML`).
    case html
    /// The first node's text read as a number (`Coercion.number`).
    case number
    /// The first node's text read as a whole number (`Coercion.int`).
    case int
    /// The first node's link (`href`, else `src`, else its text) resolved against the document's base.
    case url
    /// Every node's link, resolved; nodes with no readable link (`javascript:…`, none) are left out.
    case urls
    /// The first node's text read as a date (`Coercion.date`), as ISO 8601.
    case date
    /// Whether anything is selected; never fails.
    case exists
    /// How many nodes are selected.
    case count
    /// The first node's text read as a yes/no value (`Coercion.bool`).
    case bool
    /// The value of the named attribute of the first node.
    case attr(String)
    /// The values of the named attribute of every node that has it.
    case attrs(String)

    /// The kind a `.wt` field kind names (`text`, `urls`, `attr` with its attribute…), so the runtime and
    /// the compiler read a field alike; nil for a word that names none.
    public init?(keyword: String, attribute: String?) {
        switch keyword {
        case "text": self = .text
        case "texts": self = .texts
        case "html": self = .html
        case "number": self = .number
        case "int": self = .int
        case "url": self = .url
        case "urls": self = .urls
        case "date": self = .date
        case "exists": self = .exists
        case "count": self = .count
        case "attr": self = .attr(attribute ?? "")
        case "attrs": self = .attrs(attribute ?? "")
        default: return nil
        }
    }

    /// Whether the kind yields a list (and so an empty list, never an error, when nothing matches).
    public var isList: Bool {
        switch self {
        case .texts, .urls, .attrs: true
        default: false
        }
    }
}

/// One field of a record: its name, what to extract, and from where (relative to the record's container).
public struct FieldSpec: Sendable, Hashable {
    /// The field's name in the record.
    public var name: String
    /// What to extract.
    public var kind: FieldKind
    /// Where, evaluated with the container as context (the container itself may match).
    public var selector: CompiledSelector
    /// A missing element yields `.null` instead of an error.
    public var optional: Bool

    /// Creates a field.
    public init(_ name: String, _ kind: FieldKind, _ selector: CompiledSelector, optional: Bool = false) {
        self.name = name
        self.kind = kind
        self.selector = selector
        self.optional = optional
    }
}
