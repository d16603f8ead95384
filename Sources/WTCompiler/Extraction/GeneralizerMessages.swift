import WTSema
import WTTrace

/// How far a candidate got before it stopped reproducing the examples: `passed` values matched, then
/// `description` says what went wrong and where. The candidate that got furthest is the closest miss.
struct Miss: Error {
    var passed: Int
    var description: String
}

/// Every message the generalizer writes: failures and the `explain` lines.
enum GeneralizerMessages {
    // MARK: - Failures

    static func unsupportedType(_ type: WTType) -> GeneralizationFailure {
        GeneralizationFailure(
            field: nil,
            message: "cannot learn selectors for a value of type \(type): "
                + "only records, lists of records, scalars and lists of scalars are extracted")
    }

    static func unsupportedField(_ name: String, _ type: WTType) -> GeneralizationFailure {
        GeneralizationFailure(field: name, message: "no field kind reads a value of type \(type)")
    }

    static func badExample(_ index: Int, _ url: String, _ type: WTType) -> GeneralizationFailure {
        GeneralizationFailure(
            field: nil, message: "example \(index + 1) (\(url)) does not hold a value of type \(type)")
    }

    static func unparsable(_ index: Int, _ url: String, _ problem: String) -> GeneralizationFailure {
        GeneralizationFailure(field: nil, message: "example \(index + 1) (\(url)) could not be parsed: \(problem)")
    }

    static let noRecords = GeneralizationFailure(
        field: nil, message: "no example holds a record, so there is nothing to learn selectors from")

    static func recordNotFound(_ record: Int, _ url: String) -> GeneralizationFailure {
        GeneralizationFailure(
            field: nil,
            message: "record \(record) on \(url): no element inside <body> holds its values together; "
                + "check that the example values are what the page shows")
    }

    static func noContainer(_ records: Int, closest: (css: String, miss: Miss)?) -> GeneralizationFailure {
        let tail = closest.map { "; closest: '\($0.css)' \($0.miss.description)" } ?? ""
        return GeneralizationFailure(
            field: nil,
            message: "no CSS selector selects exactly the \(records) example records on every page\(tail)")
    }

    static func noField(_ name: String, closest: (plan: String, miss: Miss)?) -> GeneralizationFailure {
        guard let closest else { return noEvidence(name) }
        return GeneralizationFailure(
            field: name,
            message: "no selector reproduces every example; "
                + "closest: \(closest.plan) \(closest.miss.description)")
    }

    static func noEvidence(_ name: String) -> GeneralizationFailure {
        GeneralizationFailure(
            field: name,
            message: "no element on the example pages holds its values, so there is nothing to build a selector from")
    }

    // MARK: - Misses

    static func wrongValue(got: String, expected: String, record: Int, url: String) -> String {
        "gave \(got) (expected \(expected)) in record \(record) on \(url)"
    }

    static func failed(_ problem: String, record: Int, url: String) -> String {
        "failed in record \(record) on \(url): \(problem)"
    }

    static func wrongCount(_ count: Int, expected: Int, url: String) -> String {
        "selected \(count) \(count == 1 ? "element" : "elements") on \(url) (expected \(expected))"
    }

    static func outsideRecord(_ record: Int, url: String) -> String {
        "selected an element that is not record \(record)'s on \(url)"
    }

    // MARK: - Explanations

    static func containerChosen(_ css: String, records: Int, pages: Int, recorded: Bool = false) -> String {
        let evidence = recorded ? " (the recording's own selector)" : ""
        return "container '\(css)': selects the \(records) example records on \(pages) "
            + "\(pages == 1 ? "page" : "pages")\(evidence)"
    }

    static func lost(_ what: String, _ miss: Miss) -> String {
        "\(what) lost: \(miss.description)"
    }

    static func fieldChosen(_ name: String, _ plan: String) -> String {
        "field '\(name)': \(plan)"
    }

    static func lookAlikeKept(_ name: String, kept: FieldPlan, twin: FieldPlan) -> String {
        "field '\(name)': \(FieldSearch.describe(twin)) reads the same on every example page but is another "
            + "element; the recording's \(FieldSearch.describe(kept)) is kept"
    }

    static func containerAbandoned(_ css: String, field: String) -> String {
        "container '\(css)' dropped: no selector inside it reproduces field '\(field)'"
    }

    /// A value as JSON, shortened for a one-line message.
    static func shown(_ value: JSONValue) -> String {
        let text = JSONMatch.compact(value)
        return text.count > 60 ? String(text.prefix(57)) + "…" : text
    }
}
