extension DumpWriter {
    func expr(_ e: Expr) -> String {
        switch e.kind {
        case .string(let s): string(s)
        case .int(let i): String(i)
        case .number(let n): n
        case .bool(let b): b ? "true" : "false"
        case .list(let elements): form("list", elements.map(expr))
        case .path(let names): path(names)
        case .url: form("url", [])
        case .title: form("title", [])
        case .exists(let l): form("exists", [locator(l)])
        case .visible(let l): form("visible", [locator(l)])
        case .hidden(let l): form("hidden", [locator(l)])
        case .pageText(let l): form("text", [locator(l)])
        case .attribute(let name, let l): form("attr", [string(name), locator(l)])
        case .formValue(let l): form("value", [locator(l)])
        case .transformed(let inner, let transforms): form("then", [expr(inner)] + transforms.map(transform))
        case .count(.locator(let l)): form("count", [locator(l)])
        case .count(.path(let names)): form("count", [path(names)])
        case .allHave(let list, let fields): form("all", [path(list), form("have", fields.map(\.name))])
        case .negate(let inner): form("neg", [expr(inner)])
        case .not(let inner): form("not", [expr(inner)])
        case .binary(let op, let l, let r): form(op.rawValue, [expr(l), expr(r)])
        case .paren(let inner): form("paren", [expr(inner)])
        }
    }

    /// `(match "p")`, `(match "p" (group 2))`, `(replace "a" "b")`, `(split ",")`, `(trim)`, …
    func transform(_ t: Transform) -> String {
        switch t.kind {
        case .match(let p, nil): form("match", [string(p)])
        case .match(let p, .index(let i)?): form("match", [string(p), form("group", [String(i)])])
        case .match(let p, .name(let n)?): form("match", [string(p), form("group", [quoted(n)])])
        case .matches(let p): form("matches", [string(p)])
        case .replace(let a, let b): form("replace", [string(a), string(b)])
        case .split(let p): form("split", [string(p)])
        case .trim, .lower, .upper, .int, .number: form(t.name, [])
        }
    }

    func path(_ names: [Identifier]) -> String {
        names.map(\.name).joined(separator: ".")
    }

    func locator(_ l: Locator) -> String {
        let choices = l.choices.map(choice)
        if !l.first, choices.count == 1, let only = choices.first { return only }
        return form("locator", [l.first ? "first" : nil] + choices)
    }

    func choice(_ c: LocatorChoice) -> String {
        switch c.kind {
        case .css(let s): form("css", [string(s)])
        case .xpath(let s): form("xpath", [string(s)])
        case .label(let s): form("label", [c.exact ? "exact" : nil, string(s)])
        case .testid(let s): form("testid", [string(s)])
        case .text(let s): form("text", [c.exact ? "exact" : nil, string(s)])
        case .placeholder(let s): form("placeholder", [string(s)])
        case .role(let role, let name): form("role", [role.name, c.exact ? "exact" : nil, name.map(string)])
        }
    }

    /// A string literal with escapes, interpolations as `{a.b}`.
    func string(_ s: StringLiteral) -> String {
        var out = "\""
        for part in s.parts {
            switch part {
            case .text(let t): out += escaped(t)
            case .interpolation(let names): out += "{" + path(names) + "}"
            }
        }
        return out + "\""
    }

    /// Plain text (a comment) quoted with the same escapes.
    func quoted(_ text: String) -> String {
        "\"" + escaped(text) + "\""
    }

    func escaped(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "{": out += "\\{"
            case "}": out += "\\}"
            case _ where scalar.value < 0x20 || scalar.value == 0x7F:
                out += "\\u{" + String(scalar.value, radix: 16) + "}"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
