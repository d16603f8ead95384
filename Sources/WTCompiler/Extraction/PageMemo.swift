import WTExtract
import WTSema
import WTSyntax
import WTTrace

/// What the search found out on one page, kept for the next extraction that asks the same: a detail page
/// is read on every iteration of a loop that visits it, with the same record each time.
final class PageMemo {
    struct Record: Hashable {
        var record: JSONValue
        var fields: [WTType.RecordField]
    }

    struct Sample: Hashable {
        var context: Node?
        var expected: JSONValue
        var type: WTType
    }

    struct Run: Hashable {
        var context: Node?
        var kind: WTSyntax.FieldKind
        var attribute: String?
        var selector: String
        var type: WTType
    }

    /// `RecordRoots.fieldMatches`, by record and fields.
    var fieldMatches: [Record: [[Node]]] = [:]
    /// The plans a sample offers (`FieldAttempts.offers`).
    var offers: [Sample: [FieldAttempts.Offer]] = [:]
    /// `FieldRunner.run` of a plan (its name aside) in a context.
    var runs: [Run: Result<JSONValue, FieldRunner.Problem>] = [:]
}
