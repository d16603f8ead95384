import WTDiagnostics
import WTSyntax

/// How steps and values are written in summaries and messages: as in the program, with values filled in.
enum StepText {
    /// The statement's range, cut before the `{` of its block for `if`, loops, `within` and record
    /// extractions, so a failure points at one line rather than at the whole block.
    static func headRange(of statement: Statement, in file: SourceFile) -> SourceRange {
        let blockStart: Int? =
            switch statement.kind {
            case .within(_, let body), .forEach(_, _, _, let body), .repeatLoop(_, _, let body): body.range.start
            case .ifElse(_, let then, _): then.range.start
            case .extract(_, _, .each(_, let body)), .extract(_, _, .one(_, let body)): body.range.start
            default: nil
            }
        guard let blockStart, blockStart > statement.range.start else { return statement.range }
        var end = min(blockStart, file.utf8.count)
        while end > statement.range.start, file.utf8[end - 1] == UInt8(ascii: " ") { end -= 1 }
        return SourceRange(start: statement.range.start, end: end)
    }

    /// A value as a reader wants it in a message: strings quoted (and shortened), numbers plain, secrets
    /// hidden, containers by size.
    static func brief(_ value: Value) -> String {
        switch value {
        case .null: return "null"
        case .secret: return "<secret>"
        case .string(let s), .url(let s), .date(let s): return quoted(s)
        case .int, .number, .bool: return value.text ?? ""
        case .file(let file): return "file \(quoted(file.name))"
        case .list(let items): return items.isEmpty ? "an empty list" : "a list of \(items.count)"
        case .record: return "a record"
        }
    }

    /// `"text"`, cut to 80 characters with an ellipsis.
    static func quoted(_ text: String) -> String {
        let escaped = text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
            .replacingOccurrences(of: "\n", with: "\\n")
        return "\"" + (escaped.count > 80 ? escaped.prefix(79) + "…" : escaped) + "\""
    }

    static func duration(_ literal: DurationLiteral?) -> String {
        literal.map { " timeout " + DurationText.format(.milliseconds($0.milliseconds)) } ?? ""
    }
}

extension StepText {
    /// A field extraction as written: `text "h1"`, `attr "href" of "a.next"`.
    static func field(_ request: FieldRequest) -> String {
        guard let attribute = request.attribute else { return "\(request.kind.rawValue) \(request.locator)" }
        return "\(request.kind.rawValue) \(quoted(attribute)) of \(request.locator)"
    }
}
