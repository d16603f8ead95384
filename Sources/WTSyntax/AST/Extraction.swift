import WTDiagnostics

/// The right-hand side of `extract NAME = …` (`extraction` in the grammar).
public enum Extraction: Sendable, Hashable {
    case field(FieldExtraction)
    /// `each L { … }`: one record per match.
    case each(Locator, RecordBody)
    /// `one L { … }`: one record from the single match.
    case one(Locator, RecordBody)
    /// `table L`: rows keyed by the header cells.
    case table(Locator, range: SourceRange)
    /// `json "items[*].name"`: values read from a JSON document, shaped by the target's declared type.
    case json(JSONExtraction)
    /// `each json "items" { name = json "title" }`: one record per element the path selects, its `json`
    /// fields read relative to that element.
    case eachJSON(JSONExtraction, RecordBody)

    public var range: SourceRange {
        switch self {
        case .field(let f): f.range
        case .json(let j): j.range
        case .eachJSON(let j, let b): j.range.union(b.range)
        case .each(let l, let b), .one(let l, let b): l.range.union(b.range)
        case .table(_, let r): r
        }
    }
}

/// `text L`, `attr "href" of L`, … (`field_kind` in the grammar).
public struct FieldExtraction: Sendable, Hashable {
    public var kind: FieldKind
    /// The attribute name, for `attr` and `attrs` only.
    public var attribute: StringLiteral?
    public var locator: Locator
    /// `then …` transforms applied to the value read, left to right.
    public var transforms: [Transform]
    public var range: SourceRange

    public init(
        kind: FieldKind, attribute: StringLiteral? = nil, locator: Locator, transforms: [Transform] = [],
        range: SourceRange = .at(0)
    ) {
        self.kind = kind
        self.attribute = attribute
        self.locator = locator
        self.transforms = transforms
        self.range = range
    }
}

/// `json "path"` (`json_field` in the grammar): the path is checked by `JSONPath.parse`.
public struct JSONExtraction: Sendable, Hashable {
    public var path: StringLiteral
    public var range: SourceRange

    public init(path: StringLiteral, range: SourceRange = .at(0)) {
        self.path = path
        self.range = range
    }
}

public enum FieldKind: String, Sendable, Hashable, CaseIterable {
    case text, texts, html, number, int, url, urls, date, exists, count, attr, attrs

    /// True for kinds that yield one value per match (a list).
    public var isList: Bool { self == .texts || self == .urls || self == .attrs }
}

/// `{ name = … }` of a record extraction, with comments before the `}`.
public struct RecordBody: Sendable, Hashable {
    public var fields: [FieldBinding]
    public var closingComments: [Comment]
    public var range: SourceRange

    public init(_ fields: [FieldBinding] = [], closingComments: [Comment] = [], range: SourceRange = .at(0)) {
        self.fields = fields
        self.closingComments = closingComments
        self.range = range
    }
}

/// `name = text ".x"` or `name = expr` inside a record body.
public struct FieldBinding: Sendable, Hashable {
    public enum Value: Sendable, Hashable {
        case extraction(FieldExtraction)
        /// `name = json "key"`, inside `each json`.
        case json(JSONExtraction)
        case expr(Expr)
    }

    public var name: Identifier
    public var value: Value
    public var trivia: Trivia
    public var range: SourceRange

    public init(name: Identifier, value: Value, trivia: Trivia = Trivia(), range: SourceRange = .at(0)) {
        self.name = name
        self.value = value
        self.trivia = trivia
        self.range = range
    }
}
