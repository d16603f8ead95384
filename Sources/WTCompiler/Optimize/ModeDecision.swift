/// The `mode` line a compiled program gets, and why (the first line of `--explain`).
struct ModeDecision: Sendable, Hashable {
    /// `auto` or `browser`.
    var mode: String
    /// `mode auto: …` or `mode browser: …`.
    var reason: String

    static let recordedOverHTTP = ModeDecision(
        mode: "auto", reason: "mode auto: every step ran over plain HTTP when the trace was recorded")
    static let loweredToHTTP = ModeDecision(
        mode: "auto",
        reason: "mode auto: the raw responses already contain every extracted value, and every step works over "
            + "plain HTTP (the trace was recorded in a browser)")
    static let noResponses = browser(
        "the trace was recorded in a browser and holds no raw responses proving HTTP suffices")

    static func browser(_ why: String) -> ModeDecision {
        ModeDecision(mode: "browser", reason: "mode browser: " + why)
    }
}
