/// A recorded run: what was asked, every step taken on the site with the pages before and after, and what
/// came out. The compiler lowers it into a `.wt` program; `grammar/trace.schema.json` documents the JSON.
///
/// Snapshots and raw response bodies are files beside `trace.json`, referenced by relative path, so a trace
/// folder can be reviewed, diffed and replayed without a browser.
public struct Trace: Sendable, Hashable {
    /// The format version this build reads and writes. A reader refuses any other.
    public static let currentVersion = 1

    public var version: Int
    /// The task in plain language; the compiled program carries it as its header comment.
    public var task: String
    /// A short name for the program (`program "…"`).
    public var name: String
    public var startURL: String
    /// How the run acted on pages: `browser` or `http`.
    public var recordedMode: String
    public var parameters: [TraceParameter]
    public var outputs: [TraceOutput]
    public var steps: [TraceStep]
    public var outcome: TraceOutcome
    /// The run's final result: one member per output.
    public var result: JSONValue

    public init(
        version: Int = Trace.currentVersion, task: String, name: String, startURL: String, recordedMode: String,
        parameters: [TraceParameter], outputs: [TraceOutput], steps: [TraceStep], outcome: TraceOutcome,
        result: JSONValue
    ) {
        self.version = version
        self.task = task
        self.name = name
        self.startURL = startURL
        self.recordedMode = recordedMode
        self.parameters = parameters
        self.outputs = outputs
        self.steps = steps
        self.outcome = outcome
        self.result = result
    }
}

/// A task parameter: its `.wt` type, the value this run used (absent for secrets, which a trace never
/// holds) and the default the program should declare, if any.
public struct TraceParameter: Sendable, Hashable {
    public var name: String
    /// A `.wt` type: `string`, `int`, `number`, `bool`, `url`, `date`, `secret`, or a list of those.
    public var type: String
    public var value: JSONValue?
    public var defaultValue: JSONValue?

    public init(name: String, type: String, value: JSONValue?, defaultValue: JSONValue? = nil) {
        self.name = name
        self.type = type
        self.value = value
        self.defaultValue = defaultValue
    }
}

/// A declared output and its `.wt` type, written as in a program: `[{ text: string, author: string }]`.
public struct TraceOutput: Sendable, Hashable {
    public var name: String
    public var type: String

    public init(name: String, type: String) {
        self.name = name
        self.type = type
    }
}

/// How the run ended. A failed trace still compiles its successful prefix (the repair case).
public struct TraceOutcome: Sendable, Hashable {
    public enum Status: String, Sendable, Hashable, CaseIterable {
        case success, failed
    }

    public var status: Status
    public var message: String?
    /// The 1-based index of the step that failed, when one did.
    public var failedStep: Int?

    public init(status: Status, message: String? = nil, failedStep: Int? = nil) {
        self.status = status
        self.message = message
        self.failedStep = failedStep
    }
}
