import Testing
import WTSelector
import WTTestSupport

/// An expected error written with markers: `1️⃣` where the error starts and, optionally, `2️⃣` where it
/// ends (CONVENTIONS.md #8). Without `2️⃣` only the start is checked.
struct ErrorCase: Sendable, CustomTestStringConvertible {
    var marked: String
    var message: String

    init(_ marked: String, _ message: String) {
        self.marked = marked
        self.message = message
    }

    var source: MarkedSource { MarkedSource(marked) }
    var testDescription: String { source.text }

    /// Compares `error` with the expectation; records an issue for each difference.
    func check(_ error: SelectorError?, sourceLocation: SourceLocation = #_sourceLocation) {
        let source = self.source
        guard let error else {
            Issue.record("'\(source.text)' was accepted; expected \(message)", sourceLocation: sourceLocation)
            return
        }
        #expect(error.message.contains(message), "message: \(error.message)", sourceLocation: sourceLocation)
        #expect(error.offset == source["1️⃣"], "offset of '\(error.message)'", sourceLocation: sourceLocation)
        if source.offsets["2️⃣"] != nil {
            #expect(
                error.offset + error.length == source["2️⃣"], "end of '\(error.message)'",
                sourceLocation: sourceLocation)
        }
    }
}
