extension XPathParser {
    /// PathExpr ::= LocationPath | FilterExpr | FilterExpr ('/' | '//') RelativeLocationPath
    mutating func parsePathExpr(after anchor: XPathToken?) throws(SelectorError) {
        switch current.kind {
        case .variable, .leftParen, .literal, .number, .functionName:
            try parseFilterExpr()
            if current.kind == .slash || current.kind == .doubleSlash {
                let slash = advance()
                try parseRelativeLocationPath(after: slash)
            }
        case .slash:
            // AbsoluteLocationPath ::= '/' RelativeLocationPath?
            let slash = advance()
            if startsStep(current) { try parseRelativeLocationPath(after: slash) }
        case .doubleSlash:
            let slash = advance()
            try parseRelativeLocationPath(after: slash)
        case _ where startsStep(current):
            try parseRelativeLocationPath(after: anchor)
        default:
            throw expected("an expression", after: anchor)
        }
    }

    /// RelativeLocationPath ::= Step (('/' | '//') Step)*
    private mutating func parseRelativeLocationPath(after anchor: XPathToken?) throws(SelectorError) {
        try parseStep(after: anchor)
        while current.kind == .slash || current.kind == .doubleSlash {
            let slash = advance()
            try parseStep(after: slash)
        }
    }

    func startsStep(_ token: XPathToken) -> Bool {
        switch token.kind {
        case .nameTest, .nodeType, .axisName, .at, .dot, .dotDot: return true
        default: return false
        }
    }

    /// Step ::= AxisSpecifier NodeTest Predicate* | '.' | '..'
    private mutating func parseStep(after anchor: XPathToken?) throws(SelectorError) {
        switch current.kind {
        case .dot, .dotDot:
            _ = advance()
            return
        case .axisName:
            _ = advance()
            let separator = advance()  // the lexer only makes an axis name when `::` follows
            try parseNodeTest(after: separator)
        case .at:
            let at = advance()
            try parseNodeTest(after: at)
        default:
            guard startsStep(current) else { throw expected("a step", after: anchor) }
            try parseNodeTest(after: anchor)
        }
        while current.kind == .leftBracket { try parsePredicate() }
    }

    /// NodeTest ::= NameTest | NodeType '(' ')' | 'processing-instruction' '(' Literal ')'
    private mutating func parseNodeTest(after anchor: XPathToken?) throws(SelectorError) {
        switch current.kind {
        case .nameTest:
            _ = advance()
        case .nodeType(let name):
            let nameToken = advance()
            let open = advance()  // the lexer only makes a node type when `(` follows
            if name == "processing-instruction", case .literal = current.kind { _ = advance() }
            guard current.kind == .rightParen else {
                if current.kind == .end { throw error(XPathMessage.unclosedNodeTest(name), at: nameToken) }
                let message =
                    name == "processing-instruction"
                    ? XPathMessage.processingInstructionArgument : XPathMessage.nodeTypeTakesNoArguments(name)
                throw error(message, at: current.kind == .end ? open : current)
            }
            _ = advance()
        default:
            throw expected("a node test", after: anchor)
        }
    }

    /// Predicate ::= '[' Expr ']'
    private mutating func parsePredicate() throws(SelectorError) {
        let open = advance()
        try enterNesting(open)
        defer { depth -= 1 }
        if current.kind == .end { throw error(XPathMessage.unclosedPredicate, at: open) }
        try parseExpr(after: open)
        try expectClosing(
            .rightBracket, opener: open, unclosed: XPathMessage.unclosedPredicate,
            expected: XPathMessage.expectedClosingBracket)
    }

    /// FilterExpr ::= PrimaryExpr Predicate*
    private mutating func parseFilterExpr() throws(SelectorError) {
        try parsePrimaryExpr()
        while current.kind == .leftBracket { try parsePredicate() }
    }

    /// PrimaryExpr ::= VariableReference | '(' Expr ')' | Literal | Number | FunctionCall
    private mutating func parsePrimaryExpr() throws(SelectorError) {
        let token = advance()
        switch token.kind {
        case .leftParen:
            try enterNesting(token)
            defer { depth -= 1 }
            if current.kind == .end { throw error(XPathMessage.unclosedParenthesis, at: token) }
            try parseExpr(after: token)
            try expectClosing(
                .rightParen, opener: token, unclosed: XPathMessage.unclosedParenthesis,
                expected: XPathMessage.expectedClosingParen)
        case .functionName(let name):
            try parseArguments(of: name, nameToken: token)
        default:
            return  // variable, literal or number: one token
        }
    }

    /// FunctionCall ::= FunctionName '(' ( Argument ( ',' Argument )* )? ')'
    private mutating func parseArguments(of name: String, nameToken: XPathToken) throws(SelectorError) {
        let open = advance()  // the lexer only makes a function name when `(` follows
        try enterNesting(open)
        defer { depth -= 1 }
        let opener = XPathToken(kind: open.kind, offset: nameToken.offset, length: open.end - nameToken.offset)
        if current.kind == .end { throw error(XPathMessage.unclosedFunctionCall(name), at: opener) }
        if current.kind != .rightParen {
            try parseExpr(after: open)
            while current.kind == .comma {
                let comma = advance()
                try parseExpr(after: comma)
            }
        }
        try expectClosing(
            .rightParen, opener: opener, unclosed: XPathMessage.unclosedFunctionCall(name),
            expected: XPathMessage.expectedArgumentSeparator(name))
    }

    /// Consumes `kind`; otherwise fails at the opener (end of text) or at the unexpected token.
    private mutating func expectClosing(
        _ kind: XPathToken.Kind, opener: XPathToken, unclosed: String, expected: (String) -> String
    ) throws(SelectorError) {
        guard current.kind == kind else {
            if current.kind == .end { throw error(unclosed, at: opener) }
            throw error(expected(describe(current)), at: current)
        }
        _ = advance()
    }
}
