/// What the lowering says about itself: its decisions for `--explain`, the steps it could not lower, and
/// whether it guessed a loop the replay must confirm.
struct LoweringLog {
    /// One line per decision.
    var explain: [String] = []
    var problems: [LoweringProblem] = []
    /// A loop was guessed (`LoweringContext.speculate`): the pipeline also lowers without guessing.
    var speculated = false
}

/// A step the compiler could not lower, for a diagnostic at the step in the trace.
struct LoweringProblem: Error, Sendable, Hashable {
    var step: Int
    var message: String
    var help: String?
}
