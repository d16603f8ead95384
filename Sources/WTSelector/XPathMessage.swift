/// Every XPath error message, in one place (CONVENTIONS.md #3).
enum XPathMessage {
    static let emptyExpression = "empty expression"
    static let expectedVariableName = "expected a variable name after '$'"
    static let lonelyBang = "unexpected '!': did you mean '!='?"
    static let unclosedPredicate = "unclosed predicate: expected ']'"
    static let unclosedParenthesis = "unclosed parenthesis: expected ')'"
    static let processingInstructionArgument = "expected a string literal or ')' in 'processing-instruction()'"

    static func unclosedLiteral(_ quote: String) -> String { "unclosed string literal: expected \(quote)" }
    static func unexpectedCharacter(_ c: String) -> String { "unexpected character \(Bytes.quoted(c))" }
    static func unknownAxis(_ name: String) -> String { "unknown axis '\(name)'" }

    static func expectedLocalName(_ prefix: String) -> String {
        "expected a local name or '*' after '\(prefix)'"
    }

    static func unexpectedAfterExpression(_ found: String) -> String {
        "unexpected \(found): expected an operator or the end of the expression"
    }

    static func expected(_ what: String, after anchor: String) -> String { "expected \(what) after \(anchor)" }
    static func expected(_ what: String, found: String) -> String { "expected \(what), found \(found)" }

    static func nestedTooDeeply(_ limit: Int) -> String { "expression nested too deeply: more than \(limit) levels" }
    static func unclosedNodeTest(_ name: String) -> String { "unclosed '\(name)(': expected ')'" }
    static func nodeTypeTakesNoArguments(_ name: String) -> String { "'\(name)()' takes no arguments" }

    static func expectedClosingBracket(_ found: String) -> String {
        "expected ']' to close the predicate, found \(found)"
    }

    static func expectedClosingParen(_ found: String) -> String { "expected ')', found \(found)" }

    static func unclosedFunctionCall(_ name: String) -> String { "unclosed function call '\(name)(': expected ')'" }

    /// A function's argument list continues with something other than `,` or `)`.
    static func expectedArgumentSeparator(_ name: String) -> (String) -> String {
        { found in "expected ',' or ')' in the arguments of '\(name)()', found \(found)" }
    }
}
