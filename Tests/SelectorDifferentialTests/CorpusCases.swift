import Foundation
import WTTestSupport

/// Every selector of the conformance corpus (`Paths.conformanceCorpus`, the
/// file `Tests/WTExtractTests/Conformance/SelectorCorpus.swift` reads) as differential blocks: each
/// section's selectors on its fixture; sections without one (`must_fail`, `nth_series`) use `HTML_IDS`.
enum CorpusCases {
    static let url = Paths.conformanceCorpus

    /// nil when the corpus file is missing.
    static func blocks() -> [CaseBlock]? {
        guard let data = try? Data(contentsOf: url),
            let root = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
            let fixtures = root["fixtures"] as? [String: String]
        else { return nil }
        var blocks: [CaseBlock] = []
        for (key, value) in root.sorted(by: { $0.key < $1.key }) {
            guard let section = value as? [String: Any], let cases = section["cases"] as? [[String: Any]] else {
                continue
            }
            let fixture = fixtures[section["fixture"] as? String ?? "HTML_IDS"] ?? ""
            var found: [(line: Int, text: String)] = []
            for (i, item) in cases.enumerated() {
                for css in selectors(of: item) { found.append((i + 1, css)) }
            }
            blocks.append(CaseBlock(origin: "corpus \(key):0", markup: CaseFile.wrap(fixture), selectors: found))
        }
        return blocks
    }

    private static func selectors(of item: [String: Any]) -> [String] {
        if let list = item["selectors"] as? [String] { return list }
        if let css = item["css"] as? String { return [css] }
        if let arg = item["arg"] as? String { return [":nth-child(\(arg))"] }
        return []
    }

    /// The corpus's non-standard selectors (cssselect's and ours): Chromium rejects them by design.
    static func isExtension(_ css: String) -> Bool {
        [":contains(", "::text", "::attr(", "!="].contains { css.lowercased().contains($0) }
    }
}
