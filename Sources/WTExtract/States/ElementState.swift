import CLibXML2
import Foundation

/// The state pseudo-classes the XPath translation leaves to Swift (`wt:state('name')`, `wt:lang(…)`),
/// on a document as a freshly loaded page has it: no script ran, nothing is focused or edited.
enum ElementState {
    /// Whether `node` has the state `name` (a pseudo-class name, or `dir-ltr` / `dir-rtl`).
    static func matches(_ name: String, _ node: xmlNodePtr) -> Bool {
        guard let element = Element(node) else { return false }
        switch name {
        case "enabled":
            return (element.isFormControl || element.is("option") || element.is("optgroup")) && !element.isDisabled
        case "disabled": return element.isDisabled
        case "default": return element.isDefault
        case "checked": return !element.isRadio || element.isLastCheckedOfGroup
        case "required": return element.isRequired
        case "optional": return element.isOptional
        case "read-write": return element.isReadWrite
        case "read-only": return !element.isReadWrite
        case "placeholder-shown": return element.isPlaceholderShown
        case "in-range": return element.rangeState == .inRange
        case "out-of-range": return element.rangeState == .outOfRange
        case "valid": return element.validity == .valid
        case "invalid": return element.validity == .invalid
        case "defined": return element.isDefined
        case "open": return element.isOpen
        case "focus", "focus-visible": return element.hasFocus
        case "focus-within": return element.containsFocus
        case "dir-rtl": return Directionality.isRTL(node)
        case "dir-ltr": return !Directionality.isRTL(node)
        default: return false
        }
    }

    /// `:lang(ranges)`: the `lang` of the element or its nearest ancestor that has one (browsers ignore
    /// `xml:lang` in HTML documents) matches one of the ranges.
    static func lang(_ node: xmlNodePtr, ranges: [String]) -> Bool {
        var current = Element(node)
        var top = current
        while let element = current {
            if let tag = element.attribute("lang") {
                return ranges.contains { LangRange.matches(tag: tag, range: $0) }
            }
            top = element
            current = element.parent
        }
        guard let tag = top.flatMap(defaultLanguage) else { return false }
        return ranges.contains { LangRange.matches(tag: tag, range: $0) }
    }

    /// The pragma-set default language: `<meta http-equiv=content-language content=…>` in the head,
    /// when its content is one language (no comma).
    static func defaultLanguage(_ root: Element) -> String? {
        guard let head = root.children.first(where: { $0.is("head") }) else { return nil }
        for meta in head.children where meta.is("meta") && meta.keyword("http-equiv") == "content-language" {
            guard let content = meta.attribute("content"), !content.contains(",") else { continue }
            let trimmed = content.trimmingCharacters(in: .whitespaces)
            if !trimmed.isEmpty { return trimmed }
        }
        return nil
    }
}
