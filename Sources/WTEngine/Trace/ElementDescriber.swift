import WTExtract
import WTRuntime
import WTTrace

/// Describes an element of a page snapshot every way the compiler could find it again (tag, id, classes,
/// role, accessible name, label, text, attributes, XPath, position among look-alikes).
enum ElementDescriber {
    /// Longest text kept for `text`: enough to recognise a button or a link, not a whole article.
    static let textLimit = 120

    static func describe(_ node: Node, selectors: [String]) -> TraceElement {
        var text = node.text
        if text.count > textLimit { text = String(text.prefix(textLimit)) }
        return TraceElement(
            tag: node.tagName ?? "", id: node.attribute("id"), classes: node.classes, role: node.role,
            name: node.accessibleName, label: node.labelText, text: text.isEmpty ? nil : text,
            attributes: node.attributes.map { TraceElement.Attribute(name: $0.name, value: $0.value) },
            selectors: selectors, xpath: node.absoluteXPath, index: indexAmongLookAlikes(node))
    }

    /// The CSS and XPath choices of a locator as written: what the recorder saw work (the semantic
    /// choices are the compiler's own candidates anyway). An XPath is kept when it starts with `/`, `(`,
    /// `./` or `..`, which no CSS selector does, so a reader tells the two apart; one that starts
    /// otherwise (`id('x')`) is kept in parentheses, which select the same.
    static func selectors(of locator: ResolvedLocator) -> [String] {
        locator.choices.compactMap { choice in
            switch choice {
            case .css(let css): return css
            case .xpath(let xpath):
                let trimmed = String(xpath.trimmingPrefix(while: \.isWhitespace))
                let plain = ["/", "(", "./", ".."].contains { trimmed.hasPrefix($0) }
                return plain ? trimmed : "(\(trimmed))"
            case .testid, .label, .text, .placeholder, .role: return nil
            }
        }
    }

    /// 0-based position among the parent's children with the same tag and classes.
    static func indexAmongLookAlikes(_ node: Node) -> Int {
        guard let parent = node.parent else { return 0 }
        let same = parent.children.filter {
            $0.kind == .element && $0.tagName == node.tagName && $0.classes == node.classes
        }
        return same.firstIndex(of: node) ?? 0
    }
}

/// Run values as plain JSON for the trace (secrets never reach here: outputs cannot hold them).
public enum TraceValues {
    public static func json(_ value: Value) -> JSONValue {
        switch value {
        case .null: .null
        case .string(let s), .url(let s), .date(let s): .string(s)
        case .secret: .string("<secret>")
        case .int(let i): .number(Double(i))
        case .number(let d): .number(d)
        case .bool(let b): .bool(b)
        case .file(let f): json(f.jsonValue)
        case .list(let items): .array(items.map(json))
        case .record(let fields): .object(fields.map { JSONValue.Member($0.name, json($0.value)) })
        }
    }
}
