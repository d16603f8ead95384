/// How bad a diagnostic is. Errors make a command fail; warnings and notes do not.
public enum Severity: String, Sendable, Hashable, Codable, Comparable {
    case note, warning, error

    private var rank: Int {
        switch self {
        case .note: 0
        case .warning: 1
        case .error: 2
        }
    }

    public static func < (a: Severity, b: Severity) -> Bool { a.rank < b.rank }
}

/// A message from a stage's catalog: a stable id (`sema.undefined-variable`), a severity and the text.
///
/// Each stage declares its messages as static members of one catalog type, so emit sites never hold
/// string literals and ids stay stable for tests, tools and the HTTP API.
public struct DiagnosticMessage: Sendable, Hashable {
    public var id: String
    public var severity: Severity
    public var text: String

    public init(_ id: String, _ severity: Severity, _ text: String) {
        self.id = id
        self.severity = severity
        self.text = text
    }
}

/// One finding about one place: what, where, how bad, and optionally a hint and related places.
public struct Diagnostic: Sendable, Hashable {
    public var message: DiagnosticMessage
    /// Where; nil only for findings about the whole input that has no position (a missing file).
    public var span: SourceSpan?
    /// What to do next, printed as `help: …` under the excerpt.
    public var help: String?
    /// Related places ("first declared here").
    public var notes: [Note]

    public struct Note: Sendable, Hashable {
        public var text: String
        public var span: SourceSpan?
        public init(_ text: String, span: SourceSpan?) {
            self.text = text
            self.span = span
        }
    }

    public init(_ message: DiagnosticMessage, span: SourceSpan?, help: String? = nil, notes: [Note] = []) {
        self.message = message
        self.span = span
        self.help = help
        self.notes = notes
    }

    public var id: String { message.id }
    public var severity: Severity { message.severity }
    public var text: String { message.text }
}
