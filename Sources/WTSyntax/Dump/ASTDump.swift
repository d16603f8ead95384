/// A structural dump of the AST for tests: S-expressions without ranges.
///
/// Format, one form per node:
/// - `(program "name" (mode auto) declaration… statement…)`, one top-level item per line, indented two spaces.
/// - Declarations: `(param NAME TYPE [DEFAULT])`, `(output NAME TYPE)`.
/// - Types: `(string)` … `(file)`, `(list T)`, `(record (NAME T)…)`, and `(optional T)` around a `T?`.
/// - Statements: `(open E)`, `(click L [(timeout 500ms)])`, `(fill L E [timeout])`,
///   `(select L option|value E [timeout])`, `(check L)`, `(uncheck L)`, `(press "K" [(on L)])`, `(scroll)`,
///   `(scroll (to L))`, `(scroll (until-no-new L) (max E))`, `(scroll (until E) (max E))`, `(wait-for E [timeout])`,
///   `(back)`, `(download L (into NAME) [timeout])`, `(within L BLOCK)`, `(for-each NAME E [(concurrency E)] BLOCK)`,
///   `(repeat [E] [(as NAME)] BLOCK)`, `(if E BLOCK [BLOCK | (if …)])`, `(break)`, `(return)`,
///   `(extract NAME =|+= X)`, `(let NAME =|+= E)`, `(expect E)`; a block is `(block statement…)`.
/// - Extractions: `(text L)` … `(count L)`, `(attr "name" L)`, `(attrs "name" L)`, `(each L (field NAME V)…)`,
///   `(one L (field NAME V)…)`, `(table L)`; a field value V is a field kind or an expression. A field kind with
///   transforms is `(then (text L) T…)`, T one of `(match "p" [(group N|"n")])`, `(matches "p")`,
///   `(replace "a" "b")`, `(split "s")`, `(trim)`, `(lower)`, `(upper)`, `(int)`, `(number)`.
/// - Locators: a single choice prints alone — `(css "s")`, `(xpath "s")`, `(label "s")`, `(testid "s")`,
///   `(text "s")`, `(placeholder "s")`, `(role NAME ["s"])`; `first` or fallbacks print
///   `(locator [first] choice…)`.
/// - Expressions: literals as written (`"s"`, `42`, `12.5`, `true`), `(list e…)`, paths `a.b`, `(neg 1)`,
///   `(url)`, `(title)`, `(exists L)`, `(visible L)`, `(hidden L)`, `(text L)`, `(attr "n" L)`, `(value L)`,
///   `(then E T…)`, `(count L)`, `(count a.b)`, `(all a.b (have f…))`, `(not E)`,
///   `(OP E E)` with OP one of `or and == != < <= > >= ~ + -`, and `(paren E)`.
/// - Strings are quoted with `\"`, `\\`, `\n`, `\t`, `\{`, `\}` escaped and interpolations as `{a.b}`, so every
///   dump is unambiguous.
/// - With `trivia: true`, line-level nodes end with `(@blank)`, `(@leading "c"…)`, `(@trailing "c")` as present,
///   and blocks, record bodies and the program end with `(@closing "c"…)`.
public enum ASTDump {
    /// The whole program, one top-level item per line.
    public static func dump(_ program: Program, trivia: Bool = false) -> String {
        DumpWriter(trivia: trivia).program(program)
    }

    /// One declaration, e.g. `(param n (int) 10)`.
    public static func dump(_ declaration: Declaration, trivia: Bool = false) -> String {
        DumpWriter(trivia: trivia).declaration(declaration)
    }

    /// One statement with any block it holds, on one line.
    public static func dump(_ statement: Statement, trivia: Bool = false) -> String {
        DumpWriter(trivia: trivia).statement(statement)
    }

    /// One expression, e.g. `(or a (and b c))`.
    public static func dump(_ expr: Expr) -> String {
        DumpWriter(trivia: false).expr(expr)
    }

    /// One locator, e.g. `(css ".a")` or `(locator first (css ".a") (text "b"))`.
    public static func dump(_ locator: Locator) -> String {
        DumpWriter(trivia: false).locator(locator)
    }

    /// One type, e.g. `(optional (list (string)))`.
    public static func dump(_ type: TypeExpr) -> String {
        DumpWriter(trivia: false).type(type)
    }

    /// The right-hand side of an `extract`, e.g. `(each (css ".q") (field t (text (css ".t"))))`.
    public static func dump(_ extraction: Extraction, trivia: Bool = false) -> String {
        DumpWriter(trivia: trivia).extraction(extraction)
    }
}

/// Builds the dump; `trivia` adds comments and blank-line flags.
struct DumpWriter {
    let trivia: Bool

    /// `(head part…)`, skipping empty parts.
    func form(_ head: String, _ parts: [String?]) -> String {
        let body = parts.compactMap { $0 }.filter { !$0.isEmpty }
        return "(" + ([head] + body).joined(separator: " ") + ")"
    }

    func program(_ p: Program) -> String {
        var lines = ["(program " + string(p.header.name) + triviaSuffix(p.header.trivia)]
        if let mode = p.header.mode {
            lines.append(form("mode", [mode.mode.rawValue, triviaParts(mode.trivia)]))
        }
        lines += p.declarations.map(declaration)
        lines += p.statements.map(statement)
        if let closing = closingSuffix(p.trailingComments) { lines.append(closing) }
        return lines.joined(separator: "\n  ") + ")"
    }

    func declaration(_ d: Declaration) -> String {
        switch d.kind {
        case .param(let name, let type, let defaultValue):
            form("param", [name.name, self.type(type), defaultValue.map(expr), triviaParts(d.trivia)])
        case .output(let name, let type):
            form("output", [name.name, self.type(type), triviaParts(d.trivia)])
        }
    }

    func type(_ t: TypeExpr) -> String {
        let base: String
        switch t.kind {
        case .scalar(let scalar): base = form(scalar.rawValue, [])
        case .list(let element): base = form("list", [type(element)])
        case .record(let fields): base = form("record", fields.map { form($0.name.name, [type($0.type)]) })
        }
        return t.optional ? form("optional", [base]) : base
    }

    func block(_ b: Block) -> String {
        form("block", b.statements.map(statement) + [closingSuffix(b.closingComments)])
    }

    /// ` (@blank) (@leading …) (@trailing …)` after a header item, or "" without trivia.
    func triviaSuffix(_ t: Trivia) -> String {
        let parts = triviaParts(t)
        return parts.isEmpty ? "" : " " + parts
    }

    func triviaParts(_ t: Trivia) -> String {
        guard trivia else { return "" }
        var parts: [String] = []
        if t.blankLineBefore { parts.append("(@blank)") }
        if !t.leadingComments.isEmpty { parts.append(form("@leading", t.leadingComments.map { quoted($0.text) })) }
        if let c = t.trailingComment { parts.append(form("@trailing", [quoted(c.text)])) }
        return parts.joined(separator: " ")
    }

    func closingSuffix(_ comments: [Comment]) -> String? {
        guard trivia, !comments.isEmpty else { return nil }
        return form("@closing", comments.map { quoted($0.text) })
    }
}
