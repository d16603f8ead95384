/// Source text with position markers (`1️⃣` … `9️⃣`) removed and their UTF-8 offsets recorded, so tests
/// assert positions by name instead of counting columns (CONVENTIONS.md #8).
///
///     let marked = MarkedSource("fill \"#email\" with 1️⃣usr")
///     #expect(diagnostic.span?.start.offset == marked["1️⃣"])
public struct MarkedSource: Sendable {
    public static let markers = ["1️⃣", "2️⃣", "3️⃣", "4️⃣", "5️⃣", "6️⃣", "7️⃣", "8️⃣", "9️⃣"]

    /// The text without markers.
    public let text: String
    /// Marker → UTF-8 offset in `text`.
    public let offsets: [String: Int]

    public init(_ marked: String) {
        var text = ""
        var offsets: [String: Int] = [:]
        var rest = Substring(marked)
        while !rest.isEmpty {
            if let marker = Self.markers.first(where: { rest.hasPrefix($0) }) {
                offsets[marker] = text.utf8.count
                rest = rest.dropFirst(marker.count)
            } else if let c = rest.first {
                text.append(c)
                rest = rest.dropFirst()
            }
        }
        self.text = text
        self.offsets = offsets
    }

    /// The offset of `marker`; -1 when the marker is absent, which no real position equals.
    public subscript(_ marker: String) -> Int { offsets[marker] ?? -1 }
}
