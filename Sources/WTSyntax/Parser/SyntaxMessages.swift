import WTDiagnostics

/// Every diagnostic the lexer and parser emit (ids `syntax.*`). Emit sites name a member here and never
/// hold message text. "Expected" messages say what was expected, after what, and what was found:
/// `expected a locator after 'click', found newline`.
enum SyntaxMessages {
    // MARK: Lexical

    static func unexpectedCharacter(_ shown: String) -> DiagnosticMessage {
        .init("syntax.unexpected-character", .error, "unexpected character \(shown)")
    }
    static func intOverflow() -> DiagnosticMessage {
        .init("syntax.int-overflow", .error, "integer literal is too large (the largest is \(Int.max))")
    }
    static func invalidNumberSuffix(_ suffix: String) -> DiagnosticMessage {
        .init("syntax.invalid-number-suffix", .error, "unknown unit '\(suffix)' after a number")
    }
    static func unterminatedString() -> DiagnosticMessage {
        .init("syntax.unterminated-string", .error, "unterminated string: expected '\"' before the end of the line")
    }
    static func invalidEscape(_ shown: String) -> DiagnosticMessage {
        .init("syntax.invalid-escape", .error, "unknown escape '\(shown)' in a string")
    }
    static func unescapedBrace() -> DiagnosticMessage {
        .init("syntax.unescaped-brace", .error, "'}' in a string closes no interpolation")
    }
    static func invalidInterpolation() -> DiagnosticMessage {
        .init(
            "syntax.invalid-interpolation", .error,
            "malformed interpolation: expected a name or a dotted path such as {item.url} between '{' and '}'")
    }

    // MARK: Expected / unexpected

    static func expectedToken(_ what: String, after: String?, found: String) -> DiagnosticMessage {
        expected("syntax.expected-token", what, after, found)
    }
    static func expectedName(after: String?, found: String) -> DiagnosticMessage {
        expected("syntax.expected-name", "a name", after, found)
    }
    static func expectedString(after: String?, found: String) -> DiagnosticMessage {
        expected("syntax.expected-string", "a string", after, found)
    }
    static func expectedDuration(after: String?, found: String) -> DiagnosticMessage {
        expected("syntax.expected-duration", "a duration such as 500ms, 5s or 2m", after, found)
    }
    static func expectedLocator(after: String?, found: String) -> DiagnosticMessage {
        expected("syntax.expected-locator", "a locator", after, found)
    }
    static func expectedExpression(after: String?, found: String) -> DiagnosticMessage {
        expected("syntax.expected-expression", "an expression", after, found)
    }
    static func expectedLiteral(after: String?, found: String) -> DiagnosticMessage {
        expected("syntax.expected-literal", "a literal (string, number, true, false or a list)", after, found)
    }
    static func expectedType(after: String?, found: String) -> DiagnosticMessage {
        expected("syntax.expected-type", "a type", after, found)
    }
    static func expectedExtraction(after: String?, found: String) -> DiagnosticMessage {
        expected(
            "syntax.expected-extraction",
            "an extraction (text, texts, html, number, int, url, urls, date, exists, count, attr, attrs, "
                + "each, one or table)", after, found)
    }
    static func expectedStatement(found: String) -> DiagnosticMessage {
        expected("syntax.expected-statement", "a statement", nil, found)
    }
    static func expectedFieldBinding(found: String) -> DiagnosticMessage {
        expected("syntax.expected-field", "a field such as 'name = text \".name\"'", nil, found)
    }
    static func expectedLineEnd(after: String?, found: String) -> DiagnosticMessage {
        expected("syntax.expected-newline", "end of line", after, found)
    }
    static func unexpectedToken(_ found: String) -> DiagnosticMessage {
        .init("syntax.unexpected-token", .error, "unexpected \(found)")
    }

    private static func expected(_ id: String, _ what: String, _ after: String?, _ found: String) -> DiagnosticMessage {
        let context = after.map { " after \($0)" } ?? ""
        return .init(id, .error, "expected \(what)\(context), found \(found)")
    }

    // MARK: Structure

    static func missingHeader(found: String) -> DiagnosticMessage {
        .init("syntax.missing-header", .error, "a program must start with 'program \"name\"', found \(found)")
    }
    static func unknownMode(found: String) -> DiagnosticMessage {
        .init(
            "syntax.unknown-mode", .error, "unknown mode: expected auto, browser or http after 'mode', found \(found)")
    }
    static func expectedCountSubject(after: String?, found: String) -> DiagnosticMessage {
        expected("syntax.expected-locator", "a locator or a list name", after, found)
    }
    static func expectedTransform(after: String?, found: String) -> DiagnosticMessage {
        expected(
            "syntax.expected-transform", "match, matches, replace, split, trim, lower, upper, int or number",
            after, found)
    }
    static func expectedMatchGroup(after: String?, found: String) -> DiagnosticMessage {
        expected("syntax.expected-group", "a group number or a quoted group name", after, found)
    }
    static func keywordAsName(_ keyword: Keyword) -> DiagnosticMessage {
        .init("syntax.keyword-as-name", .error, "'\(keyword.rawValue)' is a keyword; choose another name")
    }
    static func declarationAfterStep(_ keyword: Keyword) -> DiagnosticMessage {
        .init(
            "syntax.declaration-after-step", .error,
            "'\(keyword.rawValue)' declarations must come before the first step")
    }
    static func unclosedBlock() -> DiagnosticMessage {
        .init("syntax.unclosed-block", .error, "this '{' is never closed: expected '}' before the end of the file")
    }
    static func nestingTooDeep(limit: Int) -> DiagnosticMessage {
        .init(
            "syntax.nesting-too-deep", .error,
            "nesting is too deep: more than \(limit) levels of blocks, brackets, types, 'not', 'else if' or operators in a chain"
        )
    }

    /// Texts for `help:` lines.
    enum Help {
        static let durationUnits = "durations are an integer directly followed by ms, s or m: 500ms, 5s, 2m"
        static let closeString = "a string cannot span lines; close it with '\"' and write \\n for a line break"
        static let escapes = "the escapes are \\\" \\\\ \\n \\t \\{ and \\}"
        static let escapeBrace = "write \\} for a literal brace"
        static let interpolation = "write \\{ for a literal brace"
        static let header = "start the file with a line such as: program \"my-task\""
        static let statement = "statements start with a keyword such as open, click, fill, extract, let, if or repeat"
        static let bindName = "to bind a value write 'let name = …'"
        static let elseSameLine = "write 'else' on the same line as the '}' that closes the 'if' block"
        static let blockLines = "put each statement of a block on its own line, and the closing '}' on its own line"
        static let chainedComparison = "comparisons do not chain; combine them with 'and'"
        static let declarationOrder = "move every param and output declaration above the first step"
        static let nesting = "split the logic into smaller steps or use a variable"
        static let braceNewline = "a block's first statement goes on the line after '{'"
    }

    /// Texts for notes attached to diagnostics.
    enum Note {
        static func openedHere(_ bracket: String) -> String { "'\(bracket)' opened here" }
    }
}
