/// Receives progress as a run goes: one call per finished step. `wtc exec` prints each as a line on stderr.
public protocol RunObserver: Sendable {
    func stepFinished(_ event: StepEvent)
}

/// One finished step: what, where in the program, on which page, how long, and how many records the
/// outputs hold so far.
public struct StepEvent: Sendable {
    public var index: Int
    public var line: Int
    public var summary: String
    public var url: String?
    public var duration: Duration
    public var recordsSoFar: Int
    /// For `extract`: where the values went and the values themselves (a trace keeps them as examples).
    public var extraction: StepExtraction?

    public init(
        index: Int, line: Int, summary: String, url: String?, duration: Duration, recordsSoFar: Int,
        extraction: StepExtraction? = nil
    ) {
        self.index = index
        self.line = line
        self.summary = summary
        self.url = url
        self.duration = duration
        self.recordsSoFar = recordsSoFar
        self.extraction = extraction
    }
}

/// What an `extract` step produced: the target name, whether it appended (`+=`), and the value read.
public struct StepExtraction: Sendable {
    public var into: String
    public var append: Bool
    public var value: Value

    public init(into: String, append: Bool, value: Value) {
        self.into = into
        self.append = append
        self.value = value
    }
}
