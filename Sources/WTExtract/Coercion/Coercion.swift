import Foundation

/// Reads typed values from text. Each function fails with an `ExtractError` whose message quotes the
/// text it could not read.
public enum Coercion {
    /// The first number in `text`, ignoring what surrounds it (currency, units, words).
    ///
    /// Accepts `1,234.56`, `$12.99`, `12 345,6 €`, `1.234,56`, `-5`, `−5` (Unicode minus), `(12.50)`
    /// (accounting negative) and `.99`. Grouping and decimal separators are told apart by
    /// `NumberReader`'s rule: with both `.` and `,` present, the last one is the decimal separator; a
    /// separator that occurs more than once groups digits; a single `,` followed by exactly three digits
    /// groups (`1,234` is 1234), any other single `,` or `.` is a decimal separator (`12,5`, `1.234`).
    /// Spaces, no-break spaces and `'` between digit groups always group.
    public static func number(_ text: String) throws(ExtractError) -> Double {
        guard let parsed = NumberReader.read(text), let value = Double(parsed.decimal) else {
            throw ExtractMessage.notANumber(text)
        }
        return parsed.negative ? -value : value
    }

    /// Like `number`, for whole numbers: `1,234` and `12.00` are accepted, `12.5` is not.
    public static func int(_ text: String) throws(ExtractError) -> Int {
        guard let parsed = NumberReader.read(text) else { throw ExtractMessage.notANumber(text) }
        guard parsed.fraction.allSatisfy({ $0 == "0" }), let magnitude = Int(parsed.integer) else {
            throw ExtractMessage.notAWholeNumber(text)
        }
        return parsed.negative ? -magnitude : magnitude
    }

    /// `true`, `yes`, `on`, `1` and `false`, `no`, `off`, `0`, in any case, trimmed.
    public static func bool(_ text: String) throws(ExtractError) -> Bool {
        switch text.trimmingCharacters(in: .whitespacesAndNewlines).lowercased() {
        case "true", "yes", "on", "1": return true
        case "false", "no", "off", "0": return false
        default: throw ExtractMessage.notABool(text)
        }
    }

    /// `text` as an absolute URL, resolved against `base` (the document's base URL) when relative.
    ///
    /// Leading and trailing whitespace is removed and tabs and line breaks inside dropped, as browsers
    /// do. Absolute URLs of any scheme are kept (`mailto:`, `tel:`, `data:`), except `javascript:`,
    /// which is code rather than an address. An empty text, or a relative one without a base, fails.
    public static func url(_ text: String, base: String?) throws(ExtractError) -> String {
        let cleaned = String(
            text.trimmingASCIIWhitespace().unicodeScalars.filter { !"\t\n\r".unicodeScalars.contains($0) })
        guard !cleaned.isEmpty else { throw ExtractMessage.notAURL(text, "it is empty") }
        if cleaned.lowercased().hasPrefix("javascript:") {
            throw ExtractMessage.notAURL(text, "it is a javascript: link, not an address")
        }
        if let absolute = URL(string: cleaned), let scheme = absolute.scheme, !scheme.isEmpty {
            return absolute.absoluteString
        }
        guard let base, let baseURL = URL(string: base) else {
            throw ExtractMessage.notAURL(text, "it is relative and the document has no URL to resolve it against")
        }
        guard let resolved = URL(string: cleaned, relativeTo: baseURL)?.absoluteURL, resolved.scheme != nil else {
            throw ExtractMessage.notAURL(text, "it is not a valid URL")
        }
        return resolved.absoluteString
    }

    /// `text` as an ISO 8601 date (`2026-11-29`), or date-time when it has a time
    /// (`2026-11-29T10:30:00`, with `Z` or an offset when it names a zone). See `DateReader` for the
    /// forms read.
    public static func date(_ text: String) throws(ExtractError) -> String {
        try DateReader.read(text)
    }
}
