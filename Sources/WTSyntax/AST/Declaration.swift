import WTDiagnostics

/// `param …` or `output …` (`declaration` in the grammar).
public struct Declaration: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        /// `param NAME: TYPE [= literal]`; the default is an `Expr` restricted to `literal` forms.
        case param(name: Identifier, type: TypeExpr, defaultValue: Expr?)
        /// `output NAME: TYPE`
        case output(name: Identifier, type: TypeExpr)
    }

    public var kind: Kind
    public var trivia: Trivia
    public var range: SourceRange

    public init(_ kind: Kind, trivia: Trivia = Trivia(), range: SourceRange = .at(0)) {
        self.kind = kind
        self.trivia = trivia
        self.range = range
    }

    public var name: Identifier {
        switch kind {
        case .param(let name, _, _), .output(let name, _): name
        }
    }
}

/// A written type (`type` in the grammar): `string`, `[T]`, `{ a: T, b: U }`, each optionally `?`.
public struct TypeExpr: Sendable, Hashable {
    public indirect enum Kind: Sendable, Hashable {
        case scalar(ScalarType)
        case list(TypeExpr)
        case record([FieldType])
    }

    public var kind: Kind
    /// `T?`: the value may be absent (null in JSON).
    public var optional: Bool
    public var range: SourceRange

    public init(_ kind: Kind, optional: Bool = false, range: SourceRange = .at(0)) {
        self.kind = kind
        self.optional = optional
        self.range = range
    }
}

public enum ScalarType: String, Sendable, Hashable, CaseIterable {
    case string, int, number, bool, url, date, secret, file
}

/// `name: type` inside a record type.
public struct FieldType: Sendable, Hashable {
    public var name: Identifier
    public var type: TypeExpr
    public var range: SourceRange

    public init(name: Identifier, type: TypeExpr, range: SourceRange = .at(0)) {
        self.name = name
        self.type = type
        self.range = range
    }
}
