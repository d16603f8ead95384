/// The message catalog of the extraction engine: every `ExtractError` is built here, so wording stays
/// consistent and no emit site carries a string literal.
enum ExtractMessage {
    static func documentTooLarge(bytes: Int, limit: Int) -> ExtractError {
        ExtractError(
            .documentTooLarge,
            "document is \(ByteSize.describe(bytes)); the limit is \(ByteSize.describe(limit, exactWhenWhole: true))")
    }

    static func documentTooDeep(depth: Int, limit: Int) -> ExtractError {
        ExtractError(
            .documentTooDeep,
            "document nests \(grouped(depth)) elements deep; the limit is \(grouped(limit))")
    }

    static let documentUnparsable = ExtractError(
        .documentUnparsable, "libxml2 could not build a document from the input (out of memory?)")

    static func invalidCSS(_ css: String, _ error: String) -> ExtractError {
        ExtractError(.invalidSelector, "invalid CSS selector \(quoted(css)): \(error)")
    }

    static func invalidXPath(_ xpath: String, _ error: String) -> ExtractError {
        ExtractError(.invalidSelector, "invalid XPath \(quoted(xpath)): \(error)")
    }

    static func undeclaredNamespace(_ prefix: String) -> ExtractError {
        ExtractError(
            .unsupportedSelector,
            "the namespace prefix '\(prefix)' is not declared (HTML documents have none); write the selector "
                + "without 'prefix|'")
    }

    static func xpathFailed(_ xpath: String, _ reason: String) -> ExtractError {
        ExtractError(.xpathFailed, "evaluating \(quoted(xpath)) failed: \(reason)")
    }

    static func notNodes(_ xpath: String) -> ExtractError {
        ExtractError(
            .notNodes,
            "XPath \(quoted(xpath)) yields a value, not nodes; "
                + "read it with text, number, int, date, exists or count instead")
    }

    static func noMatch(_ selector: String) -> ExtractError {
        ExtractError(.noMatch, "no element matches \(quoted(selector)); mark the field optional if it may be absent")
    }

    static func missingAttribute(_ name: String, _ selector: String) -> ExtractError {
        ExtractError(.missingAttribute, "the element matching \(quoted(selector)) has no attribute '\(name)'")
    }

    static func missingField(_ field: String, record: Int, _ error: ExtractError) -> ExtractError {
        error.prefixed("record \(record), field '\(field)'")
    }

    static func noTable(_ selector: String) -> ExtractError {
        ExtractError(.noTable, "no table matches \(quoted(selector))")
    }

    static func noColumn(_ name: String, available: [String]) -> ExtractError {
        let list =
            available.isEmpty
            ? "the table has no header cells"
            : "its columns are "
                + available.map(quoted)
                .joined(separator: ", ")
        return ExtractError(
            available.isEmpty ? .noColumnNoHeaders : .noColumn, "the table has no column \(quoted(name)); \(list)")
    }

    static func notANumber(_ text: String) -> ExtractError {
        ExtractError(.notANumber, "cannot read \(quoted(text)) as a number")
    }

    static func notAWholeNumber(_ text: String) -> ExtractError {
        ExtractError(.notAWholeNumber, "cannot read \(quoted(text)) as a whole number")
    }

    static func notABool(_ text: String) -> ExtractError {
        ExtractError(
            .notABool, "cannot read \(quoted(text)) as a yes/no value (expected true, false, yes, no, on, off, 1 or 0)")
    }

    static func notAURL(_ text: String, _ reason: String) -> ExtractError {
        ExtractError(.notAURL, "cannot read \(quoted(text)) as a URL: \(reason)")
    }

    static func noLink(_ text: String) -> ExtractError {
        ExtractError(
            .notAURL,
            "cannot read \(quoted(text)) as a URL: the element has no href or src and its text is not an absolute URL")
    }

    static func notADate(_ text: String, _ reason: String = "") -> ExtractError {
        let tail = reason.isEmpty ? "; write it as 2026-11-29, 29 Nov 2026 or November 29, 2026" : ": \(reason)"
        return ExtractError(.notADate, "cannot read \(quoted(text)) as a date\(tail)")
    }

    /// `"text"`, shortened to 80 characters and with control characters escaped, for messages.
    static func quoted(_ text: String) -> String {
        var shown = text.count > 80 ? String(text.prefix(77)) + "…" : text
        shown = shown.replacingOccurrences(of: "\n", with: "\\n").replacingOccurrences(of: "\t", with: "\\t")
        return "\"\(shown)\""
    }

    /// `10000` → `10,000`.
    static func grouped(_ n: Int) -> String {
        let digits = String(n.magnitude)
        var out = ""
        for (i, c) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(c)
        }
        return n < 0 ? "-" + out : out
    }
}

/// Human-readable byte sizes for limit messages.
enum ByteSize {
    /// `104857600` → `100.0 MiB`; with `exactWhenWhole`, `67108864` → `64 MiB`.
    static func describe(_ bytes: Int, exactWhenWhole: Bool = false) -> String {
        let units: [(Int, String)] = [(1 << 30, "GiB"), (1 << 20, "MiB"), (1 << 10, "KiB")]
        for (size, unit) in units where bytes >= size {
            if exactWhenWhole && bytes % size == 0 { return "\(bytes / size) \(unit)" }
            let tenths = (bytes * 10 + size / 2) / size
            return "\(tenths / 10).\(tenths % 10) \(unit)"
        }
        return bytes == 1 ? "1 byte" : "\(bytes) bytes"
    }
}
