extension HTTPBody {
    /// Encodes fields as `application/x-www-form-urlencoded` exactly as a browser submits a form.
    ///
    /// Follows the HTML form-submission steps and the WHATWG URL serializer: line breaks in names and
    /// values become CR LF first (a `<textarea>` value is sent that way), then each UTF-8 byte is kept if it
    /// is an ASCII letter, digit, `*`, `-`, `.` or `_`, a space becomes `+`, and every other byte becomes
    /// `%XX` with upper-case hex. Pairs are joined with `&` in the order given; repeated names are kept.
    /// The result also serves as a query string for forms submitted with `GET`.
    public static func formURLEncoded(_ fields: [(String, String)]) -> String {
        fields.map { encodeComponent($0.0) + "=" + encodeComponent($0.1) }.joined(separator: "&")
    }

    static func encodeComponent(_ text: String) -> String {
        var out: [UInt8] = []
        for byte in normalizeLineBreaks(text).utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "*"), UInt8(ascii: "-"), UInt8(ascii: "."),
                UInt8(ascii: "_"):
                out.append(byte)
            case UInt8(ascii: " "):
                out.append(UInt8(ascii: "+"))
            default:
                out.append(UInt8(ascii: "%"))
                out.append(hexDigit(byte >> 4))
                out.append(hexDigit(byte & 0x0F))
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// A lone CR or a lone LF becomes CR LF; an existing CR LF stays as it is.
    static func normalizeLineBreaks(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            if scalar == "\n" {
                if !previousWasCR { scalars.append("\r") }
                scalars.append("\n")
            } else {
                if previousWasCR { scalars.append("\n") }
                scalars.append(scalar)
            }
            previousWasCR = scalar == "\r"
        }
        if previousWasCR { scalars.append("\n") }
        return String(scalars)
    }

    private static func hexDigit(_ nibble: UInt8) -> UInt8 {
        nibble < 10 ? UInt8(ascii: "0") + nibble : UInt8(ascii: "A") + nibble - 10
    }
}
