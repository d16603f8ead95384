import WTExtract
import WTSema
import WTTrace

/// The names the program has at the point being lowered: what enclosing loops bind, what it extracted,
/// and the variables it declared so far.
struct LoweringScope {
    /// Names bound by enclosing loops, innermost last, with the value they have in each iteration.
    var loopBindings: [LoopBinding] = []
    /// Text values the program already holds: scalars it extracted (most recent first).
    var extractedScalars: [(name: String, value: String)] = []
    /// Variables the program extracts into that are not outputs (a list of links), with their types.
    var variables: [String: WTType] = [:]
    /// The new parameters (`ValueOrigins`) the statements lowered so far refer to, to declare in the head.
    var addedParameters: Set<String> = []
    /// New names a read of the page took (`readShown`): variables, not parameters.
    var readByEye: Set<String> = []
}

/// A name an enclosing loop binds (`link`, `query`, the page counter), with its value at each trace step
/// of the loop's body.
struct LoopBinding {
    var name: String
    var valueAt: [Int: JSONValue]

    /// The value at every step of `steps`, or nil when one of them is outside the loop.
    func values(_ steps: [TraceStep]) -> [JSONValue]? {
        let found = steps.compactMap { valueAt[$0.index] }
        return found.count == steps.count ? found : nil
    }
}
