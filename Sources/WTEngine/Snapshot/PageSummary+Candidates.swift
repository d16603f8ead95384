import WTExtract
import WTRuntime

/// When a `label`, `role` or `text` locator finds nothing, what the page does have of that kind — the
/// labels of its form controls, the names of its buttons or links — the way a missing table column lists
/// the columns. Read from the libxml2 document, which is the composed page in the browser too, so both
/// modes say the same.
extension PageSummary {
    /// How many names a list shows before "…".
    static let candidateLimit = 12

    /// `labels on the page: "Customer name:", "Email"`, one part for each semantic kind in `locator`;
    /// nil when it has none (CSS and XPath locators) or the page has nothing of that kind.
    static func candidates(for locator: ResolvedLocator, in document: HTMLDocument) -> String? {
        var parts: [String] = []
        var seen: Set<String> = []
        for choice in locator.choices {
            let wanted: [(String, String)]
            switch choice {
            case .label: wanted = [("labels", "label")]
            case .role(let role, _, _): wanted = [("\(role) names", role)]
            case .text: wanted = [("buttons", "button"), ("links", "link")]
            default: wanted = []
            }
            for (heading, kind) in wanted where seen.insert(kind).inserted {
                let names = kind == "label" ? labels(document) : names(ofRole: kind, document)
                guard !names.isEmpty else { continue }
                let shown = names.prefix(candidateLimit).map { "\"\($0)\"" }
                let more = names.count > candidateLimit ? ", …" : ""
                parts.append("\(heading) on the page: " + shown.joined(separator: ", ") + more)
            }
        }
        return parts.isEmpty ? nil : parts.joined(separator: "; ")
    }

    /// The labels a `label` locator reads: `<label>` texts and the `aria-label` of form controls.
    static func labels(_ document: HTMLDocument) -> [String] {
        let xpath =
            "//label | //input[@aria-label] | //select[@aria-label] | //textarea[@aria-label] | //button[@aria-label]"
        let nodes = (try? document.select(.xpath(xpath))) ?? []
        return distinct(
            nodes.map { $0.tagName == "label" ? $0.text : ($0.attribute("aria-label") ?? "") })
    }

    /// The accessible names of the elements that have `role`.
    static func names(ofRole role: String, _ document: HTMLDocument) -> [String] {
        let nodes = (try? document.select(.xpath(SemanticXPath.roleXPath(role, name: nil)))) ?? []
        return distinct(nodes.map { $0.accessibleName ?? "" })
    }

    private static func distinct(_ texts: [String]) -> [String] {
        var seen: Set<String> = []
        return texts.map(TextMatch.normalized).filter { !$0.isEmpty && seen.insert($0).inserted }
    }
}
