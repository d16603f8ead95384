import Foundation
import WTDiagnostics
import WTTrace

/// Everything a run report shows, as plain data: what ran (the program's text), each step with its line,
/// time and pictures, how the run ended, what it produced and what it cost. `wtc exec --report` renders it
/// to one HTML file; the service keeps it per task (JSON) for the console. Pictures are referred to by id
/// (`ReportImages` holds the bytes), so a picture shown twice — one step's "after" is the next one's
/// "before" — is kept once.
public struct ReportData: Codable, Sendable, Hashable {
    /// What the report is about: the task, or the program's name.
    public var title: String
    /// The program's file name (`quotes.wt`), shown above its lines.
    public var programName: String
    /// The program's text, as it ran.
    public var source: String
    /// `browser` or `http`.
    public var mode: String
    public var startedAt: Date
    public var seconds: Double
    public var succeeded: Bool
    public var steps: [Step]
    public var failure: Failure?
    /// The run's parameters as shown: a secret's value is never kept (`Parameter.secret`).
    public var parameters: [Parameter]
    /// The outputs as JSON text (members in their order); nil when the run produced none. Text rather than
    /// a `JSONValue` so the report encodes as JSON without a second JSON tree; `outputs` reads it back.
    public var outputsText: String?
    public var ledger: [LedgerRow]
    /// Why the compiler wrote each line, for a program compiled from a trace (`wtc compile --explain`).
    public var explanations: [Explanation]

    public init(
        title: String, programName: String, source: String, mode: String, startedAt: Date, seconds: Double,
        succeeded: Bool, steps: [Step] = [], failure: Failure? = nil, parameters: [Parameter] = [],
        outputs: JSONValue? = nil, ledger: [LedgerRow] = [], explanations: [Explanation] = []
    ) {
        self.title = title
        self.programName = programName
        self.source = source
        self.mode = mode
        self.startedAt = startedAt
        self.seconds = seconds
        self.succeeded = succeeded
        self.steps = steps
        self.failure = failure
        self.parameters = parameters
        self.outputsText = outputs?.jsonText
        self.ledger = ledger
        self.explanations = explanations
    }

    /// The outputs, read back from `outputsText`.
    public var outputs: JSONValue? {
        guard let outputsText, let parsed = try? PositionedJSON.parse(Array(outputsText.utf8)) else { return nil }
        return JSONValue(parsed)
    }

    /// One finished step of the run.
    public struct Step: Codable, Sendable, Hashable {
        public var index: Int
        /// The program line it came from (1-based).
        public var line: Int
        public var summary: String
        public var url: String?
        public var milliseconds: Double
        /// Pictures of the page before and after the step (ids into `ReportImages`), in browser mode.
        public var before: String?
        public var after: String?

        public init(
            index: Int, line: Int, summary: String, url: String?, milliseconds: Double, before: String? = nil,
            after: String? = nil
        ) {
            self.index = index
            self.line = line
            self.summary = summary
            self.url = url
            self.milliseconds = milliseconds
            self.before = before
            self.after = after
        }
    }

    /// Where and why the run stopped.
    public struct Failure: Codable, Sendable, Hashable {
        /// The failing line and column in the program; nil when the failure has no place in it.
        public var line: Int?
        public var column: Int?
        /// The diagnostic's stable id (`run.not-found`) and its text, notes and help.
        public var id: String
        public var message: String
        public var notes: [String]
        public var help: String?
        /// The page when the run stopped (an id into `ReportImages`).
        public var picture: String?

        public init(
            line: Int?, column: Int?, id: String, message: String, notes: [String] = [], help: String? = nil,
            picture: String? = nil
        ) {
            self.line = line
            self.column = column
            self.id = id
            self.message = message
            self.notes = notes
            self.help = help
            self.picture = picture
        }
    }

    /// A parameter as the report shows it.
    public struct Parameter: Codable, Sendable, Hashable {
        public var name: String
        /// The value as text; nil for a secret, whose value is never written anywhere.
        public var value: String?

        public init(name: String, value: String?) {
            self.name = name
            self.value = value
        }
    }

    /// One line of the ledger: `model calls` → `8`, `AI dollars` → `$0.0123`.
    public struct LedgerRow: Codable, Sendable, Hashable {
        public var label: String
        public var value: String

        public init(_ label: String, _ value: String) {
            self.label = label
            self.value = value
        }
    }

    /// A compiler decision and the program line it produced.
    public struct Explanation: Codable, Sendable, Hashable {
        public var line: Int
        public var text: String

        public init(line: Int, text: String) {
            self.line = line
            self.text = text
        }
    }
}
