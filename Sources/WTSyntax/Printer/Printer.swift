/// The canonical printer behind `wtc fmt` and the compiler's output: one AST, one text.
///
/// Programs are generated and then reviewed as diffs, so the layout depends only on the tree (and its
/// comments and blank-line flags), never on how the source was spaced. Printing is idempotent:
/// `print(parse(print(p))) == print(p)`. The canonical form:
///
/// **Lines.** 2 spaces per block level, LF line endings, no trailing whitespace, exactly one final
/// newline, never two blank lines in a row, no blank line at the start or end.
///
/// **Layout.** `program "name"`, then `mode m` on the next line when a mode is given. Then, each only
/// when non-empty and each after exactly one blank line: the declarations (one per line), the
/// statements, and `Program.trailingComments`. Inside a sequence (declarations, the statements of a
/// block, the fields of a record body) a node whose `trivia.blankLineBefore` is set gets one blank line
/// before its leading comments; the flag is ignored on the first node of a sequence and on `mode`.
///
/// **Comments.** Leading comments sit on their own lines at the node's indentation, as `# text` (`#`
/// alone when empty). A trailing comment follows two spaces: at the end of a one-line node, after the
/// `{` of a node that opens a block (`within`, `for each`, `repeat`, `if`, `extract … each/one`), and
/// at the end of the last line of a declaration whose record type wraps, where the declaration ends.
/// Closing comments of a block or record body sit one level deeper, just before its `}`. Header
/// comments go before `program`. The text is trimmed; a line break inside it starts a new `#` line (own
/// line comments) or becomes a space (trailing comments), so a comment can never swallow code. An
/// `else if` has no line of its own, so its leading comments are printed as closing comments of the
/// block before it.
///
/// **Statements.** `open E`, `click L`, `fill L with E`, `select L option E` / `select L value E`,
/// `check L` / `uncheck L`, `wait for E`, `download L into x`, each with an optional ` timeout D`;
/// `press "Enter" [on L]`; `scroll`, `scroll to L`, `scroll until no new L max E`, `scroll until E max E`;
/// `back`, `break`, `return`, `expect E`; `let x = E` / `let x += E`; `within L {`, `for each x in E
/// [concurrency E] {`, `repeat [E] [as i] {`, `if E {` … `} else if E {` … `} else {` … `}` (chained on
/// the closing-brace line). An empty block is `{` and `}` on two lines: the grammar wants a line break
/// after `{`.
///
/// **Extractions.** `extract x = ` or `+= ` then `text L` (likewise `texts html number int url urls date
/// exists count`), `attr "href" of L`, `attrs "src" of L`, `table L`, or `each L {` / `one L {` with one
/// `name = …` field per line, without column alignment, so adding a field never re-indents the others.
/// A field's operator expression that starts with `exists L` or `count L` is wrapped in parentheses
/// (`ok = (exists ".a" and x)`): bare, its first operand would read as a field kind.
///
/// **Durations** use the largest exact unit: `2m`, `5s`, `500ms`; zero is `0ms`.
///
/// **Locators.** `first ` when set, choices joined by ` | `, CSS as the bare string (never `css "…"`),
/// `xpath "…"`, `label "…"`, `testid "…"`, `text "…"`, `placeholder "…"`, `role button [ "Name" ]`.
///
/// **Strings** are double-quoted; `\` `"` newline tab `{` `}` are written `\\` `\"` `\n` `\t` `\{` `\}`,
/// interpolations `{a.b}`, every other character as is.
///
/// **Expressions.** One space around binary operators; `not E`, `-E`, `(E)` for `.paren`, `[a, b]`,
/// `[]`, numbers as their stored text, ints in plain decimal, `url`, `title`, `exists L`, `count L` /
/// `count a.b`, `all xs have a, b`. The author's parentheses are kept; parentheses are added only where
/// the tree would not re-parse as itself: a looser child (`(a or b) and c`, `a == (not b)`), the right
/// operand of `or`/`and`/`+`/`-` at the same level (`a - (b - c)`), a comparison inside a comparison.
/// Precedence, loosest first: `or`, `and`, `not`, comparisons (non-associative), `+ -`.
///
/// **Types and declarations.** `string` … `file`, `[T]`, `{ a: T, b: U }`, `T?`; `param x: T [= literal]`,
/// `output x: T`. A declaration longer than 100 columns on one line (Unicode scalars, trailing comment
/// not counted, so editing a comment never reflows a type) prints its outermost record type
/// (looking through list brackets) one field per line, one level in, each field followed by a comma;
/// nested records stay inline.
///
/// **Cost.** One `String` buffer, appended to once per token, so time and memory are linear in the output.
/// Operator chains and `else if` chains, which the parser builds as deep as they are long, are walked
/// with loops, so their length is not limited by the stack.
///
/// The printer does not validate: an AST the grammar cannot express (an empty locator, a record type
/// without fields) prints as the nearest text, and the parser or checker reports it.
public enum Printer {
    /// The canonical text of a program, ending with exactly one newline.
    public static func print(_ program: Program) -> String {
        // Generated programs average roughly 30 bytes a line; reserving avoids most regrowth.
        var buffer = PrintBuffer(reservingCapacity: 64 * (program.statements.count + program.declarations.count))
        buffer.writeProgram(program)
        return buffer.text
    }

    /// An expression on one line, without a newline, as it would appear inside a statement.
    public static func print(_ expr: Expr) -> String {
        var buffer = PrintBuffer()
        buffer.writeExpr(expr)
        return buffer.text
    }

    /// A locator on one line, without a newline.
    public static func print(_ locator: Locator) -> String {
        var buffer = PrintBuffer()
        buffer.writeLocator(locator)
        return buffer.text
    }

    /// A type on one line (records are never wrapped here), without a newline.
    public static func print(_ type: TypeExpr) -> String {
        var buffer = PrintBuffer()
        buffer.writeType(type)
        return buffer.text
    }
}

extension PrintBuffer {
    mutating func writeProgram(_ program: Program) {
        writeHeader(program.header)
        if !program.declarations.isEmpty {
            blankLine()
            for (index, declaration) in program.declarations.enumerated() {
                if index > 0 && declaration.trivia.blankLineBefore { blankLine() }
                writeDeclaration(declaration)
            }
        }
        if !program.statements.isEmpty {
            blankLine()
            writeStatements(program.statements)
        }
        if !program.trailingComments.isEmpty {
            blankLine()
            commentLines(program.trailingComments)
        }
    }
}
