import Foundation
import Testing
import WTTestSupport

/// The parse-level view of `Tests/Fixtures/conformance/css-selectors.json` (cases from cssselect 1.6.0 and
/// parsel 1.12.1; see its NOTICE). Only whether a selector parses is used here; what it selects is the
/// extraction engine's concern.
struct ConformanceCorpus: Sendable {
    /// A selector the corpus expects to work, with the section it came from.
    struct Valid: Sendable, CustomTestStringConvertible {
        var section: String
        var css: String
        var testDescription: String { "\(section): \(css)" }
    }

    /// One `nth_series` case: nil `ab` means the argument is invalid.
    struct Nth: Sendable, CustomTestStringConvertible {
        var arg: String
        var ab: [Int]?
        var testDescription: String { arg }
    }

    var valid: [Valid] = []
    var nth: [Nth] = []
    /// `must_fail` and `select_ids_errors` selectors.
    var rejected: [String] = []

    static let url = Paths.conformanceCorpus

    /// Loads the corpus; an unreadable file yields an empty corpus, which the count test reports.
    static func load() -> ConformanceCorpus {
        guard let data = try? Data(contentsOf: url),
            let root = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any]
        else { return ConformanceCorpus() }
        var corpus = ConformanceCorpus()
        for section in ["select_ids", "select_xmllang_ids"] {
            for c in cases(root, section) {
                for css in c["selectors"] as? [String] ?? [] { corpus.valid.append(Valid(section: section, css: css)) }
            }
        }
        for section in ["count", "pseudo_elements"] {
            for c in cases(root, section) {
                if let css = c["css"] as? String { corpus.valid.append(Valid(section: section, css: css)) }
            }
        }
        for c in cases(root, "nth_series") {
            guard let arg = c["arg"] as? String else { continue }
            corpus.nth.append(Nth(arg: arg, ab: c["ab"] as? [Int]))
        }
        for section in ["must_fail", "select_ids_errors"] {
            corpus.rejected += cases(root, section).compactMap { $0["css"] as? String }
        }
        return corpus
    }

    private static func cases(_ root: [String: Any], _ section: String) -> [[String: Any]] {
        (root[section] as? [String: Any])?["cases"] as? [[String: Any]] ?? []
    }
}
