/// Prints `JSONOutput` as pretty JSON: two-space indentation, one member or item a line, `[]` and `{}` for
/// empty containers. The output depends only on the value, so equal traces give identical files.
struct JSONPrinter {
    private(set) var text = ""

    mutating func print(_ value: JSONOutput, depth: Int = 0) {
        switch value {
        case .null: text += "null"
        case .bool(let flag): text += flag ? "true" : "false"
        case .int(let number): text += String(number)
        case .number(let number): text += Self.number(number)
        case .string(let string): Self.appendQuoted(string, to: &text)
        case .array(let items):
            printContainer(items, open: "[", close: "]", depth: depth) { printer, item in
                printer.print(item, depth: depth + 1)
            }
        case .object(let members):
            printContainer(members, open: "{", close: "}", depth: depth) { printer, member in
                Self.appendQuoted(member.key, to: &printer.text)
                printer.text += ": "
                printer.print(member.value, depth: depth + 1)
            }
        }
    }

    private mutating func printContainer<T>(
        _ elements: [T], open: String, close: String, depth: Int, _ printElement: (inout Self, T) -> Void
    ) {
        guard !elements.isEmpty else {
            text += open + close
            return
        }
        text += open
        let inner = String(repeating: "  ", count: depth + 1)
        for (offset, element) in elements.enumerated() {
            text += offset == 0 ? "\n" : ",\n"
            text += inner
            printElement(&self, element)
        }
        text += "\n" + String(repeating: "  ", count: depth) + close
    }

    /// Integral values within ±2^53 print without a fraction (`3`, not `3.0`); others print as the shortest
    /// text that reads back as the same double (`0.1`, `1e-07`, `1e+16`). JSON has no NaN or infinity, so
    /// those print as `null`.
    static func number(_ value: Double) -> String {
        guard value.isFinite else { return "null" }
        if value.rounded() == value, abs(value) <= 9_007_199_254_740_992 { return String(Int(value)) }
        return "\(value)"
    }

    /// Appends `string` in double quotes, escaping `"`, `\`, control characters, DEL and U+2028/U+2029 (which
    /// end lines in JavaScript). Everything else is written as UTF-8.
    static func appendQuoted(_ string: String, to text: inout String) {
        text += "\""
        guard string.unicodeScalars.contains(where: needsEscape) else {
            text += string
            text += "\""
            return
        }
        for scalar in string.unicodeScalars {
            switch scalar {
            case "\"": text += "\\\""
            case "\\": text += "\\\\"
            case "\n": text += "\\n"
            case "\r": text += "\\r"
            case "\t": text += "\\t"
            case "\u{08}": text += "\\b"
            case "\u{0C}": text += "\\f"
            case _ where needsEscape(scalar): text += unicodeEscape(scalar.value)
            default: text.unicodeScalars.append(scalar)
            }
        }
        text += "\""
    }

    private static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || scalar == "\"" || scalar == "\\" || scalar.value == 0x7F || scalar.value == 0x2028
            || scalar.value == 0x2029
    }

    private static func unicodeEscape(_ value: UInt32) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return "\\u" + String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}
