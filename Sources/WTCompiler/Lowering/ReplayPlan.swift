import WTTrace

/// How the program's run differs from the trace, for the replay that verifies it: steps the program
/// performs differently (a click on item k of a list becomes `open` of its link) and steps it leaves out
/// (the `back` after each of those).
struct ReplayPlan {
    var rewrites: [Int: TraceStep] = [:]
    var dropped: Set<Int> = []

    /// The kept steps as the program performs them, in order.
    func steps(_ kept: [TraceStep]) -> [TraceStep] {
        kept.filter { !dropped.contains($0.index) }.map { rewrites[$0.index] ?? $0 }
    }
}
