import Foundation
import WTExtract
import WTSyntax

/// Every locator worth trying for one element, from its attributes, accessibility and position; the
/// chooser keeps those that find exactly this element on every snapshot.
enum CandidateGenerator {
    /// Accessible names and texts longer than this make brittle locators.
    static let textLimit = 60

    static func candidates(for node: Node) -> [Candidate] {
        var out: [Candidate] = []
        out += attributeCandidates(node)
        out += semanticCandidates(node)
        out += classCandidates(node)
        out += structuralCandidates(node)
        out.append(
            Candidate(
                kind: .xpath, choice: LocatorChoice(.xpath(StringLiteral(text: node.absoluteXPath))),
                selector: .xpath(node.absoluteXPath)))
        return out
    }

    private static func attributeCandidates(_ node: Node) -> [Candidate] {
        var out: [Candidate] = []
        let tag = node.tagName ?? "*"
        for name in ["data-testid", "data-test-id", "data-test"] {
            if let value = node.attribute(name), !value.isEmpty {
                out.append(semantic(.testid, value, SemanticXPath.testid(value)))
                break
            }
        }
        if let id = node.attribute("id"), !id.isEmpty, !NameStability.looksGenerated(id) {
            let selector = NameStability.isPlainIdentifier(id) ? "#\(id)" : "[id=\(SelectorText.quoted(id))]"
            out.append(css(.id, selector))
        }
        // A frame's name is what `target=` and framesets address it by: as stable as a field's.
        if ["input", "select", "textarea", "button", "iframe", "frame"].contains(tag),
            let name = node.attribute("name"),
            !name.isEmpty,
            !NameStability.looksGenerated(name)
        {
            let value = NameStability.isPlainIdentifier(name) ? name : SelectorText.quoted(name)
            out.append(css(.name, "\(tag)[name=\(value)]"))
            // Radio buttons and checkboxes share a name within a group; their value tells them apart.
            if let choice = node.attribute("value"), !choice.isEmpty,
                ["radio", "checkbox"].contains(node.attribute("type") ?? "")
            {
                let v = NameStability.isPlainIdentifier(choice) ? choice : SelectorText.quoted(choice)
                out.append(css(.name, "\(tag)[name=\(value)][value=\(v)]"))
            }
        }
        if let placeholder = node.attribute("placeholder"), !placeholder.isEmpty, placeholder.count <= textLimit {
            out.append(semantic(.placeholder, placeholder, SemanticXPath.placeholder(placeholder)))
        }
        return out
    }

    /// Role names, labels and texts are emitted `exact`: the chooser checked that the exact text finds
    /// only this element, and the default substring match could find more.
    private static func semanticCandidates(_ node: Node) -> [Candidate] {
        var out: [Candidate] = []
        if let role = node.role, let name = node.accessibleName, name.count <= textLimit, !name.contains("\n") {
            let xpath = SemanticXPath.roleXPath(role, name: name)
            let choice = LocatorChoice(.role(Identifier(role), name: StringLiteral(text: name)), exact: true)
            out.append(Candidate(kind: .role, choice: choice, selector: .xpath(xpath)))
        }
        if let label = node.labelText, label.count <= textLimit, !label.contains("\n") {
            out.append(semantic(.label, label, SemanticXPath.labelled(label)))
        }
        let text = node.text
        if !text.isEmpty, text.count <= textLimit, !text.contains("\n") {
            out.append(semantic(.text, text, SemanticXPath.exactText(text)))
        }
        return out
    }

    /// `.c`, `tag.c`, `tag.c1.c2`, and the same under a parent that has a stable class or id.
    private static func classCandidates(_ node: Node) -> [Candidate] {
        let tag = node.tagName ?? "*"
        let classes = stableClasses(node)
        var own: [String] = classes.flatMap { [".\($0)", "\(tag).\($0)"] }
        if classes.count >= 2 { own.append(tag + classes.prefix(2).map { ".\($0)" }.joined()) }
        var out = own.map { css(.classes, $0) }
        if let parent = node.parent, let anchor = anchor(parent) {
            for inner in [tag] + own { out.append(css(.classes, "\(anchor) > \(inner)")) }
        }
        if let grand = node.parent?.parent, let anchor = anchor(grand), let parentTag = node.parent?.tagName {
            out.append(css(.classes, "\(anchor) > \(parentTag) > \(tag)"))
            out.append(css(.classes, "\(anchor) \(tag)"))
        }
        return out
    }

    /// A path of `tag:nth-of-type(k)` steps up to the nearest ancestor with a stable id or class.
    private static func structuralCandidates(_ node: Node) -> [Candidate] {
        var steps: [String] = []
        var current: Node? = node
        while let element = current, element.kind == .element, let tag = element.tagName {
            if element != node, let anchor = anchor(element) {
                return [css(.structural, ([anchor] + steps.reversed()).joined(separator: " > "))]
            }
            steps.append("\(tag):nth-of-type(\(element.positionAmongSameTag + 1))")
            current = element.parent
        }
        return []
    }

    /// How an ancestor can be named without position: `#id`, `tag.class`, or nil.
    static func anchor(_ node: Node) -> String? {
        guard let tag = node.tagName else { return nil }
        if let id = node.attribute("id"), NameStability.isPlainIdentifier(id), !NameStability.looksGenerated(id) {
            return "#\(id)"
        }
        if let first = stableClasses(node).first { return "\(tag).\(first)" }
        return nil
    }

    static func stableClasses(_ node: Node) -> [String] {
        node.classes.filter { NameStability.isPlainIdentifier($0) && !NameStability.looksGenerated($0) }
    }

    private static func css(_ kind: Candidate.Kind, _ css: String) -> Candidate {
        Candidate(kind: kind, choice: LocatorChoice(.css(StringLiteral(text: css))), selector: .css(css))
    }

    /// A test id, placeholder, label or text choice; labels and texts are `exact` (see above).
    private static func semantic(_ kind: Candidate.Kind, _ value: String, _ xpath: String) -> Candidate {
        let text = StringLiteral(text: value)
        let choice: LocatorChoice.Kind =
            switch kind {
            case .testid: .testid(text)
            case .placeholder: .placeholder(text)
            case .label: .label(text)
            default: .text(text)
            }
        return Candidate(
            kind: kind, choice: LocatorChoice(choice, exact: kind == .label || kind == .text), selector: .xpath(xpath))
    }
}
