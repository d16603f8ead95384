import WTRuntime

/// What a browser driver remembers between observations: the views it gave (for deltas) and the
/// cross-origin frames whose refs carry a prefix (`fa3` is `e3` in the frame the driver calls `fa`).
struct ObservationLog: Sendable {
    /// One view as the model got it: the document it showed and its lines after capping and masking.
    struct View: Sendable {
        var document: String
        var lines: [ViewLine]
    }

    /// A cross-origin frame's context and the ref of its frame element in the view around it.
    struct Frame: Sendable {
        var context: FrameContext
        var holderRef: String
    }

    /// The last observation's number.
    private(set) var sequence = 0
    private var views: [Int: View] = [:]
    private var prefixes: [String: String] = [:]
    private(set) var frames: [String: Frame] = [:]
    /// How many views are kept for `since`; an older one gives the whole view again.
    static let kept = 16

    /// Keeps `view` under the next sequence number and returns that number.
    mutating func record(_ view: View) -> Int {
        sequence += 1
        views[sequence] = view
        views[sequence - Self.kept] = nil
        return sequence
    }

    func view(_ sequence: Int) -> View? { views[sequence] }

    /// The prefix of the frame `frameID` (the same while the driver lives), noting its context.
    mutating func prefix(frameID: String, context: FrameContext, holderRef: String) -> String {
        let prefix = prefixes[frameID] ?? Self.prefix(number: prefixes.count)
        prefixes[frameID] = prefix
        frames[prefix] = Frame(context: context, holderRef: holderRef)
        return prefix
    }

    /// `f` and letters only, so a prefixed ref (`fa3`, `fab12`) is still letters then digits.
    static func prefix(number: Int) -> String {
        let letters = Array("abcdefghijklmnopqrstuvwxyz")
        var n = number
        var name = ""
        repeat {
            name = String(letters[n % 26]) + name
            n = n / 26 - 1
        } while n >= 0
        return "f" + name
    }

    /// A ref split into the prefix of its frame (nil for the top document) and the ref in that frame's
    /// own numbering; nil when it is not a ref at all.
    static func split(_ ref: String) -> (prefix: String?, local: String)? {
        let letters = ref.prefix { $0.isASCII && $0.isLowercase }
        let digits = ref.dropFirst(letters.count)
        guard !letters.isEmpty, !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return letters == "e" ? (nil, ref) : (String(letters), "e" + digits)
    }
}
