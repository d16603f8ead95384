/// Drivers that keep evidence of a run and need to know how it ended before they close: a picture of the
/// last page is worth taking when the run failed (it shows why), not when it succeeded.
public protocol RunEnding: Sendable {
    /// Called once by the interpreter when the run has finished, just before it closes the driver.
    func runEnded(failed: Bool) async
}
