import WTDiagnostics

/// An expression or condition (`expr` in the grammar).
public struct Expr: Sendable, Hashable {
    public indirect enum Kind: Sendable, Hashable {
        case string(StringLiteral)
        case int(Int)
        /// A decimal literal as written, without `_` separators (`12.5`); kept as text so printing is exact.
        case number(String)
        case bool(Bool)
        case list([Expr])
        /// `name` or `item.field.sub`
        case path([Identifier])
        /// The current page's URL.
        case url
        /// The current page's title.
        case title
        case exists(Locator)
        /// `visible L`: an element matches and is rendered (not hidden by markup, style or, in a browser, layout).
        case visible(Locator)
        /// `hidden L`: no element matching L is rendered (none exists, or all are hidden).
        case hidden(Locator)
        case count(CountSubject)
        /// `text L` in an expression: the element's text, as the `text` field kind reads it.
        case pageText(Locator)
        /// `attr "name" of L` in an expression.
        case attribute(StringLiteral, Locator)
        /// `value of L`: a form control's current value.
        case formValue(Locator)
        /// `E then match "…" then int`: value transforms applied left to right.
        case transformed(Expr, [Transform])
        /// `all quotes have text, author`
        case allHave(list: [Identifier], fields: [Identifier])
        /// `-x` in literals only (`param n: int = -1`)
        case negate(Expr)
        case not(Expr)
        case binary(BinaryOp, Expr, Expr)
        /// `( … )`, kept so the printer writes what the author grouped.
        case paren(Expr)
    }

    public var kind: Kind
    public var range: SourceRange

    public init(_ kind: Kind, range: SourceRange = .at(0)) {
        self.kind = kind
        self.range = range
    }
}

public enum CountSubject: Sendable, Hashable {
    /// `count ".item"`: elements on the page.
    case locator(Locator)
    /// `count quotes`: length of a list.
    case path([Identifier])
}

public enum BinaryOp: String, Sendable, Hashable, CaseIterable {
    case or, and
    case equal = "==", notEqual = "!=", less = "<", lessEqual = "<=", greater = ">", greaterEqual = ">="
    case matches = "~"
    case plus = "+", minus = "-"

    /// Higher binds tighter: or < and < comparison < additive.
    public var precedence: Int {
        switch self {
        case .or: 1
        case .and: 2
        case .equal, .notEqual, .less, .lessEqual, .greater, .greaterEqual, .matches: 3
        case .plus, .minus: 4
        }
    }
}

/// A double-quoted string with escapes decoded and `{path}` interpolations split out.
public struct StringLiteral: Sendable, Hashable {
    public enum Part: Sendable, Hashable {
        /// Literal text, escapes already decoded.
        case text(String)
        /// `{name}` or `{item.url}`
        case interpolation([Identifier])
    }

    public var parts: [Part]
    /// The whole literal, quotes included.
    public var range: SourceRange

    public init(_ parts: [Part], range: SourceRange = .at(0)) {
        self.parts = parts
        self.range = range
    }

    /// A literal with plain text only.
    public init(text: String, range: SourceRange = .at(0)) {
        self.init(text.isEmpty ? [] : [.text(text)], range: range)
    }

    /// The text when the literal has no interpolation; nil otherwise.
    public var plainText: String? {
        var out = ""
        for part in parts {
            guard case .text(let t) = part else { return nil }
            out += t
        }
        return out
    }
}
