import Foundation

/// A piece of an HTML document as a tree, so that text from a run (page titles, extracted values,
/// diagnostics) can only ever become text: `render` escapes every text node and attribute value. Markup is
/// made of elements; there is deliberately no "raw HTML" node (a style sheet is the one raw-text case).
public indirect enum HTMLNode: Sendable, Hashable {
    case element(String, attributes: [Attribute], children: [HTMLNode])
    case text(String)
    /// Several nodes side by side, without an element around them.
    case fragment([HTMLNode])
    /// A `<style>` element. Its content is raw text (entities are not decoded there), so it is written as
    /// is, except that any `</` is broken up: no content can close the element early.
    case styleSheet(String)

    /// One attribute; a nil value is written as a bare boolean attribute (`open`, `hidden`).
    public struct Attribute: Sendable, Hashable {
        public var name: String
        public var value: String?

        public init(_ name: String, _ value: String?) {
            self.name = name
            self.value = value
        }
    }

    /// An element with attributes written as pairs: `.el("a", ["href": url], [.text("open")])`. Attribute
    /// order is kept as given (the literal's order), so output is stable for golden files.
    public static func el(
        _ name: String, _ attributes: KeyValuePairs<String, String> = [:], _ children: [HTMLNode] = []
    ) -> HTMLNode {
        .element(name, attributes: attributes.map { Attribute($0.key, $0.value) }, children: children)
    }

    /// An element whose only child is `text`.
    public static func el(_ name: String, _ attributes: KeyValuePairs<String, String> = [:], text: String)
        -> HTMLNode
    {
        el(name, attributes, [.text(text)])
    }

    /// This node with one more attribute (a boolean one when `value` is nil); other nodes are unchanged.
    public func adding(_ name: String, _ value: String? = nil) -> HTMLNode {
        guard case .element(let tag, var attributes, let children) = self else { return self }
        attributes.append(Attribute(name, value))
        return .element(tag, attributes: attributes, children: children)
    }

    /// The markup, every text and attribute value escaped.
    public func render() -> String {
        var out = ""
        write(to: &out)
        return out
    }

    /// Elements that have no end tag.
    static let voidElements: Set<String> = ["br", "hr", "img", "input", "meta", "link", "col", "wbr", "source"]

    func write(to out: inout String) {
        switch self {
        case .text(let text):
            out += HTMLEscape.text(text)
        case .fragment(let nodes):
            for node in nodes { node.write(to: &out) }
        case .styleSheet(let css):
            out += "<style>" + css.replacingOccurrences(of: "</", with: "<\\/") + "</style>"
        case .element(let tag, let attributes, let children):
            out += "<" + tag
            for attribute in attributes {
                out += " " + attribute.name
                if let value = attribute.value { out += "=\"" + HTMLEscape.attribute(value) + "\"" }
            }
            out += ">"
            guard !Self.voidElements.contains(tag) else { return }
            for child in children { child.write(to: &out) }
            out += "</" + tag + ">"
        }
    }
}

/// HTML escaping for text content and double-quoted attribute values.
public enum HTMLEscape {
    public static func text(_ s: String) -> String {
        guard s.contains(where: { $0 == "&" || $0 == "<" || $0 == ">" }) else { return s }
        var out = ""
        out.reserveCapacity(s.utf8.count + 16)
        for c in s {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            default: out.append(c)
            }
        }
        return out
    }

    public static func attribute(_ s: String) -> String {
        guard s.contains(where: { $0 == "&" || $0 == "<" || $0 == ">" || $0 == "\"" || $0 == "'" }) else { return s }
        var out = ""
        out.reserveCapacity(s.utf8.count + 16)
        for c in s {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(c)
            }
        }
        return out
    }
}
