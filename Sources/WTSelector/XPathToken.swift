/// An XPath 1.0 ExprToken (XPath 1.0 §3.7), already disambiguated by the lexer.
struct XPathToken: Sendable, Hashable {
    enum Kind: Sendable, Hashable {
        case leftParen, rightParen, leftBracket, rightBracket, dot, dotDot, at, comma, colonColon
        /// `*`, `prefix:*`, or a QName used as a name test.
        case nameTest(String)
        /// `comment`, `text`, `processing-instruction` or `node` before `(`.
        case nodeType(String)
        /// Any other QName before `(`.
        case functionName(String)
        /// An NCName before `::`; always one of the 13 axes (the lexer rejects others).
        case axisName(String)
        case literal(String)
        case number(String)
        /// `$name`; the name without the `$`.
        case variable(String)
        /// `and`, `or`, `mod`, `div` in operator position.
        case operatorName(String)
        /// `*` in operator position.
        case multiply
        case slash, doubleSlash, pipe, plus, minus
        case equal, notEqual, less, lessOrEqual, greater, greaterOrEqual
        case end
    }

    var kind: Kind
    var offset: Int
    var length: Int

    var end: Int { offset + length }

    /// Whether this token is an Operator in the sense of the §3.7 disambiguation rules.
    var isOperator: Bool {
        switch kind {
        case .operatorName, .multiply, .slash, .doubleSlash, .pipe, .plus, .minus, .equal, .notEqual, .less,
            .lessOrEqual, .greater, .greaterOrEqual:
            return true
        default:
            return false
        }
    }

    /// §3.7: after these tokens (or at the start) `*` is a name test and `div` a name; after any other
    /// token they are operators.
    var startsOperand: Bool {
        switch kind {
        case .at, .colonColon, .leftParen, .leftBracket, .comma: return true
        default: return isOperator
        }
    }
}

/// The 13 axes of XPath 1.0 §2.2.
enum XPathAxis {
    static let names: Set = [
        "ancestor", "ancestor-or-self", "attribute", "child", "descendant", "descendant-or-self", "following",
        "following-sibling", "namespace", "parent", "preceding", "preceding-sibling", "self",
    ]
    static let nodeTypes: Set = ["comment", "text", "processing-instruction", "node"]
    static let operatorNames: Set = ["and", "or", "mod", "div"]
}
