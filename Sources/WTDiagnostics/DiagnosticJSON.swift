import Foundation

/// The JSON form of diagnostics (`--diagnostics-format json`, and later the HTTP API): the same values
/// as the text form. Lines and columns are 1-based; `end` is exclusive.
public enum DiagnosticJSON {
    public struct Position: Codable, Sendable, Hashable {
        public var line: Int
        public var column: Int
    }

    public struct Note: Codable, Sendable, Hashable {
        public var message: String
        public var file: String?
        public var start: Position?
    }

    public struct Entry: Codable, Sendable, Hashable {
        public var id: String
        public var severity: Severity
        public var message: String
        public var file: String?
        public var start: Position?
        public var end: Position?
        public var help: String?
        public var notes: [Note]
    }

    public static func entry(_ d: Diagnostic) -> Entry {
        Entry(
            id: d.id, severity: d.severity, message: d.text, file: d.span?.path,
            start: d.span.map { Position(line: $0.start.line, column: $0.start.column) },
            end: d.span.map { Position(line: $0.end.line, column: $0.end.column) },
            help: d.help,
            notes: d.notes.map { n in
                Note(
                    message: n.text, file: n.span?.path,
                    start: n.span.map { Position(line: $0.start.line, column: $0.start.column) })
            })
    }

    /// `{"diagnostics": [...]}` with sorted keys, so output is stable for goldens.
    public static func encode(_ diagnostics: [Diagnostic]) -> String {
        struct Document: Codable { var diagnostics: [Entry] }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(Document(diagnostics: diagnostics.map(entry)))) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
