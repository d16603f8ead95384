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

    public init(index: Int, line: Int, summary: String, url: String?, duration: Duration, recordsSoFar: Int) {
        self.index = index
        self.line = line
        self.summary = summary
        self.url = url
        self.duration = duration
        self.recordsSoFar = recordsSoFar
    }
}
