/// `.wt` string literals written by the compiler: every character the lexer treats specially is escaped,
/// so any text from a page (quotes, braces, newlines) reads back as exactly itself.
enum WTLiteral {
    /// `"text"` with `\`, `"`, `{`, `}`, newlines and tabs escaped; other control characters dropped.
    static func quote(_ text: String) -> String {
        "\"" + escape(text) + "\""
    }

    /// The inside of a literal, escaped.
    static func escape(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "{": out += "\\{"
            case "}": out += "\\}"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": continue
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// A template: literal parts escaped, `{name}` references kept.
    static func template(_ parts: [TemplatePart]) -> String {
        "\""
            + parts.map { part in
                switch part {
                case .text(let t): escape(t)
                case .reference(let name): "{\(name)}"
                }
            }.joined() + "\""
    }
}

/// A piece of a string the compiler builds: literal text or a parameter/variable reference.
enum TemplatePart: Sendable, Hashable {
    case text(String)
    case reference(String)
}
