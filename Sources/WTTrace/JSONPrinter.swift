import WTDiagnostics

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
        case .string(let string): JSONText.appendQuoted(string, to: &text)
        case .array(let items):
            printContainer(items, open: "[", close: "]", depth: depth) { printer, item in
                printer.print(item, depth: depth + 1)
            }
        case .object(let members):
            printContainer(members, open: "{", close: "}", depth: depth) { printer, member in
                JSONText.appendQuoted(member.key, to: &printer.text)
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
}
