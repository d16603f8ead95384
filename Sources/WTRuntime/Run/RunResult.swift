/// What a successful run produced.
public struct RunResult: Sendable {
    /// Every declared output in declaration order, converted to its declared type.
    public var outputs: [Value.Field]
    /// Steps that finished (actions, extractions, `let`, `expect`; not the control statements around them).
    public var stepsRun: Int
    /// Wall time of the run as measured by `RunOptions.clock`.
    public var duration: Duration
    /// The program's own variables (`let`, `extract` into a name that is not an output) at the end of the
    /// run, by name: what a repair hands to the steps it resumes.
    public var variables: [String: Value]

    public init(outputs: [Value.Field], stepsRun: Int, duration: Duration, variables: [String: Value] = [:]) {
        self.outputs = outputs
        self.stepsRun = stepsRun
        self.duration = duration
        self.variables = variables
    }

    /// The outputs as one JSON object (see `Value.json(pretty:)` for the rules).
    public func json(pretty: Bool) -> String {
        Value.record(outputs).json(pretty: pretty)
    }

    /// The value of one output.
    public subscript(output name: String) -> Value? {
        outputs.first { $0.name == name }?.value
    }
}
