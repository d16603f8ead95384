import Foundation
import WTTestSupport

/// `Tests/Fixtures/conformance/css-selectors.json`: selector cases from the test suites of cssselect 1.6.0 and
/// parsel 1.12.1 (BSD-3-Clause; see the NOTICE beside the file).
struct SelectorCorpus: Decodable, Sendable {
    struct IDCase: Decodable, Sendable {
        var selectors: [String]
        var ids: [String]
    }

    struct ErrorCase: Decodable, Sendable {
        var css: String
        var error: String
    }

    struct CountCase: Decodable, Sendable {
        var css: String
        var count: Int
    }

    struct NthCase: Decodable, Sendable {
        var arg: String
        var ab: [Int]?
    }

    struct PseudoElementCase: Decodable, Sendable {
        var css: String
        var expected: [String]
    }

    struct Section<Case: Decodable & Sendable>: Decodable, Sendable {
        var fixture: String?
        var cases: [Case]
    }

    var fixtures: [String: String]
    var selectIDs: Section<IDCase>
    var selectIDErrors: Section<ErrorCase>
    var selectXMLLangIDs: Section<IDCase>
    var count: Section<CountCase>
    var nthSeries: Section<NthCase>
    var mustFail: Section<ErrorCase>
    var pseudoElements: Section<PseudoElementCase>

    enum CodingKeys: String, CodingKey {
        case fixtures, count
        case selectIDs = "select_ids"
        case selectIDErrors = "select_ids_errors"
        case selectXMLLangIDs = "select_xmllang_ids"
        case nthSeries = "nth_series"
        case mustFail = "must_fail"
        case pseudoElements = "pseudo_elements"
    }

    static let url = Paths.conformanceCorpus

    /// The corpus; nil when the file is missing or unreadable (the count test then fails).
    static let shared: SelectorCorpus? = {
        guard let data = try? Data(contentsOf: url) else { return nil }
        return try? JSONDecoder().decode(SelectorCorpus.self, from: data)
    }()

    func fixture<C>(_ section: Section<C>) -> String { fixtures[section.fixture ?? ""] ?? "" }
}
