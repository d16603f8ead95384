/// Writing JSON text: the one string escaper every writer of JSON in wtc uses (results, extracted values,
/// traces), so a string reads back the same whichever of them wrote it.
public enum JSONText {
    /// Appends `string` in double quotes. Escapes `"`, `\`, the control characters (the common ones by
    /// letter), DEL, and U+2028/U+2029, which end a line in JavaScript: a result or trace pasted into a
    /// script, or embedded in a page, stays one string. Everything else is written as UTF-8.
    public static func appendQuoted(_ string: String, to text: inout String) {
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

    /// `string` in double quotes, escaped as `appendQuoted` does.
    public static func quoted(_ string: String) -> String {
        var text = ""
        appendQuoted(string, to: &text)
        return text
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
