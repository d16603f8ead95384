/// Random programs derived from grammar/wt.ebnf: every production can appear, nesting is bounded, and the
/// text is syntactically valid (types and names are random, so many programs fail the checker — which
/// must then say why). Used by the robustness tests.
public struct ProgramGenerator {
    private var random: SeededRandom
    private var out = ""
    private let maxDepth: Int

    public init(seed: UInt64, maxDepth: Int = 3) {
        random = SeededRandom(seed: seed)
        self.maxDepth = maxDepth
    }

    public mutating func program() -> String {
        out = "program \(string())\n"
        if random.chance(0.7) { out += "mode \(random.pick(["auto", "browser", "http"]))\n" }
        out += "\n"
        for _ in 0..<Int.random(in: 0...3, using: &random) {
            out += "param \(name()): \(type(1)) = \(literal())\n"
        }
        for _ in 0..<Int.random(in: 0...3, using: &random) { out += "output \(name()): \(type(0))\n" }
        out += "\n"
        block(depth: 0, indent: "")
        return out
    }

    private mutating func block(depth: Int, indent: String) {
        for _ in 0..<Int.random(in: 1...5, using: &random) {
            if random.chance(0.1) { out += "\(indent)# \(name()) comment\n" }
            out += indent + statement(depth: depth, indent: indent) + (random.chance(0.1) ? "  # trailing" : "") + "\n"
        }
    }

    private mutating func nested(_ head: String, depth: Int, indent: String) -> String {
        guard depth < maxDepth else { return "back" }
        out += "\(indent)\(head) {\n"
        block(depth: depth + 1, indent: indent + "  ")
        return "}"
    }

    private mutating func statement(depth: Int, indent: String) -> String {
        let t = timeoutSuffix()
        switch Int.random(in: 0..<22, using: &random) {
        case 0: return "open \(expr(2))"
        case 1: return "click \(locator())\(t)"
        case 2: return "fill \(locator()) with \(expr(2))\(t)"
        case 3: return "select \(locator()) \(random.pick(["option", "value"])) \(expr(1))\(t)"
        case 4: return "\(random.pick(["check", "uncheck"])) \(locator())\(t)"
        case 5:
            return "press \(random.pick(["\"Enter\"", "\"Tab\"", "\"Control+A\""]))"
                + (random.chance(0.5) ? " on \(locator())" : "")
        case 6:
            return random.pick([
                "scroll", "scroll to \(locator())", "scroll until no new \(locator()) max \(int())",
                "scroll until \(expr(2)) max \(int())",
            ])
        case 7: return "wait for \(expr(2))\(t)"
        case 8: return "back"
        case 9: return "download \(locator()) into \(name())\(t)"
        case 10: return nested("within \(locator())", depth: depth, indent: indent)
        case 11:
            return nested(
                "for each \(name()) in \(expr(1))" + (random.chance(0.3) ? " concurrency \(int())" : ""),
                depth: depth, indent: indent)
        case 12:
            return nested(
                "repeat" + (random.chance(0.8) ? " \(expr(1))" : "") + (random.chance(0.4) ? " as \(name())" : ""),
                depth: depth, indent: indent)
        case 13: return ifStatement(depth: depth, indent: indent)
        case 14: return random.pick(["break", "return"])
        case 15, 16: return extractStatement(depth: depth, indent: indent)
        case 17: return "let \(name()) \(random.pick(["=", "+="])) \(expr(2))"
        default: return "expect \(expr(3))"
        }
    }

    private mutating func ifStatement(depth: Int, indent: String) -> String {
        guard depth < maxDepth else { return "back" }
        out += "\(indent)if \(expr(2)) {\n"
        block(depth: depth + 1, indent: indent + "  ")
        if random.chance(0.3) {
            out += "\(indent)} else if \(expr(2)) {\n"
            block(depth: depth + 1, indent: indent + "  ")
        }
        if random.chance(0.4) {
            out += "\(indent)} else {\n"
            block(depth: depth + 1, indent: indent + "  ")
        }
        return "}"
    }

    private mutating func extractStatement(depth: Int, indent: String) -> String {
        let head = "extract \(name()) \(random.pick(["=", "+="])) "
        switch Int.random(in: 0..<4, using: &random) {
        case 0, 1: return head + fieldKind()
        case 2: return head + "table \(locator())"
        default:
            out += indent + head + "\(random.pick(["each", "one"])) \(locator()) {\n"
            for _ in 0..<Int.random(in: 0...3, using: &random) {
                out += "\(indent)  \(name()) = " + (random.chance(0.8) ? fieldKind() : "(\(expr(1)))") + "\n"
            }
            return "}"
        }
    }

    private mutating func fieldKind() -> String {
        if random.chance(0.2) { return "\(random.pick(["attr", "attrs"])) \(string()) of \(locator())" }
        let kind = random.pick(["text", "texts", "html", "number", "int", "url", "urls", "date", "exists", "count"])
        return "\(kind) \(locator())" + (random.chance(0.2) ? transform() : "")
    }

    /// One `then …` transform, sometimes two.
    private mutating func transform() -> String {
        let one = random.pick([
            " then match \"(\\\\d+)\" group 1", " then matches \"\\\\w+\"", " then replace \"a\" with \"b\"",
            " then split \",\"", " then trim", " then lower", " then upper", " then int", " then number",
        ])
        return random.chance(0.3) ? one + " then trim" : one
    }

    private mutating func locator() -> String {
        var parts: [String] = []
        for _ in 0..<Int.random(in: 1...3, using: &random) {
            switch Int.random(in: 0..<8, using: &random) {
            case 0: parts.append(random.pick(["xpath \"//a[@id='x']\"", "xpath \"//li[2]\""]))
            case 1:
                parts.append(
                    "role \(random.pick(["button", "link", "option"]))" + (random.chance(0.5) ? " \(string())" : ""))
            case 2: parts.append("\(random.pick(["label", "testid", "text", "placeholder"])) \(string())")
            default:
                parts.append(
                    random.pick(["\".a\"", "\"ul > li.b\"", "\"#c\"", "\"a[href^='/x']\"", "\"p:nth-child(2n+1)\""]))
            }
        }
        return (random.chance(0.1) ? "first " : "") + parts.joined(separator: " | ")
    }

    private mutating func expr(_ depth: Int) -> String {
        guard depth > 0, random.chance(0.6) else { return primary() }
        switch Int.random(in: 0..<5, using: &random) {
        case 0: return "not \(expr(depth - 1))"
        case 1: return "(\(expr(depth - 1)))"
        case 2: return "\(expr(depth - 1)) \(random.pick(["and", "or"])) \(expr(depth - 1))"
        case 3: return "\(primary()) \(random.pick(["==", "!=", "<", "<=", ">", ">=", "~"])) \(primary())"
        default: return "\(primary()) \(random.pick(["+", "-"])) \(primary())"
        }
    }

    private mutating func primary() -> String {
        switch Int.random(in: 0..<10, using: &random) {
        case 0: return string()
        case 1: return int()
        case 2: return "\(Int.random(in: 0...99, using: &random)).5"
        case 3: return random.pick(["true", "false", "url", "title"])
        case 4:
            let query = random.pick(["exists", "visible", "hidden", "text", "value of", "attr \"href\" of"])
            return "\(query) \(locator())" + (random.chance(0.2) ? transform() : "")
        case 5: return "count " + (random.chance(0.5) ? locator() : name())
        case 6: return "all \(name()) have \(name()), \(name())"
        case 7: return "[\(literal()), \(literal())]"
        default: return random.chance(0.3) ? "\(name()).\(name())" : name()
        }
    }

    private mutating func type(_ depth: Int) -> String {
        let base: String
        switch depth < 3 ? Int.random(in: 0..<6, using: &random) : 0 {
        case 0, 1, 2, 3: base = random.pick(["string", "int", "number", "bool", "url", "date", "secret", "file"])
        case 4: base = "[\(type(depth + 1))]"
        default: base = "{ \(name()): \(type(depth + 1)), \(name()): \(type(depth + 1)) }"
        }
        return base + (random.chance(0.15) ? "?" : "")
    }

    private mutating func literal() -> String {
        switch Int.random(in: 0..<6, using: &random) {
        case 0: return string()
        case 1: return int()
        case 2: return "-\(int())"
        case 3: return random.pick(["true", "false"])
        case 4: return "4.25"
        default: return "[\(string()), \(string())]"
        }
    }

    private mutating func timeoutSuffix() -> String {
        random.chance(0.2) ? " timeout \(random.pick(["500ms", "5s", "2m", "1500ms"]))" : ""
    }

    private mutating func int() -> String { String(Int.random(in: 0...200, using: &random)) }

    private mutating func name() -> String {
        random.pick(["a", "b", "items", "links", "link", "page", "quotes", "total", "x1", "user_name", "tag"])
    }

    private mutating func string() -> String {
        random.pick([
            "\"\"", "\"plain\"", "\"with {a} hole\"", "\"esc \\\" \\\\ \\n \\{\"", "\"https://x.example/{b.c}\"",
            "\"ünïcödé ✓\"",
        ])
    }
}
