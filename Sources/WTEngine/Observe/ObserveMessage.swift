import WTRuntime

/// The sentences the agent's view fails with; each says what to do next.
enum ObserveMessage {
    static func stale(_ ref: String) -> StepError {
        StepError(.notFound, "no element [\(ref)] on this page (the page changed since it was observed); observe again")
    }

    static func notARef(_ ref: String) -> StepError {
        StepError(
            .notFound, "'\(ref)' is not a ref (a ref looks like e12, or fa3 in a frame); use one from an observation")
    }

    static let noScript = StepError(
        .other, "the page has no view to show (the page script is not in it: is it an HTML page?)")

    static func keptReplacing(_ waited: String) -> StepError {
        StepError(.timeout, "the page kept replacing its document while being observed (waited \(waited))")
    }

    static let notObservable = StepError(
        .unsupported, "this page cannot be shown to an agent over plain HTTP; explore in the browser")
}
