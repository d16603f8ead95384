/// String literals and locators.
extension PrintBuffer {
    /// `"…"` with the grammar's six escapes; interpolations as `{a.b}`. Every other character, control
    /// characters included, is written as is: the grammar has no other escape to write it with.
    mutating func writeString(_ literal: StringLiteral) {
        write("\"")
        for part in literal.parts {
            switch part {
            case .text(let text): writeEscaped(text)
            case .interpolation(let names):
                write("{")
                writePath(names)
                write("}")
            }
        }
        write("\"")
    }

    private mutating func writeEscaped(_ text: String) {
        // Copy runs of plain scalars in one append; stop only at a character that needs an escape.
        let scalars = text.unicodeScalars
        var runStart = scalars.startIndex
        var index = runStart
        while index < scalars.endIndex {
            if let escape = Self.escape(scalars[index]) {
                write(Substring(scalars[runStart..<index]))
                write(escape)
                runStart = scalars.index(after: index)
            }
            index = scalars.index(after: index)
        }
        write(Substring(scalars[runStart..<scalars.endIndex]))
    }

    private static func escape(_ scalar: Unicode.Scalar) -> String? {
        switch scalar {
        case "\\": "\\\\"
        case "\"": "\\\""
        case "\n": "\\n"
        case "\t": "\\t"
        case "{": "\\{"
        case "}": "\\}"
        default: nil
        }
    }

    /// `[first] choice | choice`; a CSS choice prints as the bare string (`css "…"` is only input sugar).
    mutating func writeLocator(_ locator: Locator) {
        if locator.first { write(locator.choices.isEmpty ? "first" : "first ") }
        writeJoined(locator.choices, separator: " | ") { $0.writeChoice($1) }
    }

    private mutating func writeChoice(_ choice: LocatorChoice) {
        switch choice.kind {
        case .css(let s): writeString(s)
        case .xpath(let s): writeTagged("xpath", s)
        case .label(let s): writeTagged(choice.exact ? "label exact" : "label", s)
        case .testid(let s): writeTagged("testid", s)
        case .text(let s): writeTagged(choice.exact ? "text exact" : "text", s)
        case .placeholder(let s): writeTagged("placeholder", s)
        case .role(let role, let name):
            write("role ")
            write(role.name)
            if let name {
                write(choice.exact ? " exact " : " ")
                writeString(name)
            }
        }
    }

    private mutating func writeTagged(_ keyword: String, _ literal: StringLiteral) {
        write(keyword)
        write(" ")
        writeString(literal)
    }
}
