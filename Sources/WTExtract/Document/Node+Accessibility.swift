import Foundation

/// What assistive technology (and a `role`/`label` locator) would call an element, approximated over static
/// HTML with the same rules `SemanticXPath` matches by, so a description and a locator built from it agree.
extension Node {
    /// The `role` attribute, or the implicit role of the element (`a[href]` is a link), or nil.
    public var role: String? {
        guard kind == .element else { return nil }
        if let explicit = attribute("role")?.split(separator: " ").first { return String(explicit) }
        for role in SemanticXPath.implicitRoles.keys.sorted() where matches("self::*[\(roleCondition(role))]") {
            return role
        }
        return nil
    }

    /// The accessible name: `aria-label`, the associated `<label>`, the text, `value`, `alt` or `title`.
    public var accessibleName: String? {
        guard kind == .element else { return nil }
        let candidates = [
            attribute("aria-label"), labelText, nonEmpty(text), attribute("value"), attribute("alt"),
            attribute("title"),
        ]
        return candidates.lazy.compactMap { $0.flatMap(nonEmpty) }.first
    }

    /// For a form control: the text of `<label for=id>` or of the `<label>` around it.
    public var labelText: String? {
        guard kind == .element, ["input", "select", "textarea", "button"].contains(tagName ?? "") else { return nil }
        if let id = attribute("id"), !id.isEmpty,
            let label = first("//label[@for=\(SemanticXPath.literal(id))]")
        {
            return nonEmpty(label.text)
        }
        return first("ancestor::label[1]").flatMap { nonEmpty($0.text) }
    }

    /// The form a control belongs to (HTML's form owner): the `<form>` its `form` attribute names — none
    /// when no form has that id — else the nearest `<form>` around it. Plain HTTP submits this form, and
    /// only an element that has one can be submitted without the page's scripts.
    public var formOwner: Node? {
        guard kind == .element else { return nil }
        if let id = attribute("form") { return first("//form[@id=\(SemanticXPath.literal(id))]") }
        return first("ancestor::form[1]")
    }

    /// An absolute, positional XPath such as `/html/body/div[2]/a[1]`.
    public var absoluteXPath: String {
        var steps: [String] = []
        var node: Node? = self
        while let current = node, current.kind == .element, let tag = current.tagName {
            steps.append("\(tag)[\(current.positionAmongSameTag + 1)]")
            node = current.parent
        }
        return "/" + steps.reversed().joined(separator: "/")
    }

    /// 0-based position among the parent's element children with the same tag.
    public var positionAmongSameTag: Int {
        guard let parent, let tag = tagName else { return 0 }
        let same = parent.children.filter { $0.kind == .element && $0.tagName == tag }
        return same.firstIndex(of: self) ?? 0
    }

    /// The element's classes, in order, without duplicates.
    public var classes: [String] {
        var seen: Set<String> = []
        return (attribute("class") ?? "").split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" })
            .map(String.init).filter { seen.insert($0).inserted }
    }

    private func roleCondition(_ role: String) -> String {
        "not(@role) and (\(SemanticXPath.implicitRoles[role] ?? "false()"))"
    }

    private func matches(_ xpath: String) -> Bool { first(xpath) != nil }

    private func first(_ xpath: String) -> Node? {
        (try? document.select(.xpath(xpath), in: self))?.first
    }

    private func nonEmpty(_ s: String) -> String? {
        let trimmed = s.trimmingCharacters(in: .whitespacesAndNewlines)
        return trimmed.isEmpty ? nil : trimmed
    }
}
