/// A tiny escaping HTML/SVG builder for what the console draws in code (the JSON tree, the cost chart):
/// text and attribute values are always escaped when rendered, so no value can become markup.
/// (WTReport's `HTMLNode` is the shared builder once it lands; this one keeps the console self-contained.)
struct Markup: Sendable, Hashable {
    private enum Node: Sendable, Hashable {
        case element(name: String, attributes: [Attribute], children: [Markup])
        case text(String)
    }

    /// One `name="value"` pair, the value escaped.
    struct Attribute: Sendable, Hashable {
        var name: String
        var value: String
    }

    private let node: Node

    /// An element; `name` and attribute names are the code's own constants, never input.
    static func element(_ name: String, _ attributes: [(String, String)] = [], _ children: [Markup] = []) -> Markup {
        Markup(
            node: .element(
                name: name, attributes: attributes.map { Attribute(name: $0.0, value: $0.1) }, children: children)
        )
    }

    /// Text, escaped.
    static func text(_ text: String) -> Markup { Markup(node: .text(text)) }

    /// The markup as a string.
    var rendered: String {
        var out = ""
        write(into: &out)
        return out
    }

    private func write(into out: inout String) {
        switch node {
        case .text(let text): out += Self.escape(text)
        case .element(let name, let attributes, let children):
            out += "<" + name
            for attribute in attributes { out += " \(attribute.name)=\"\(Self.escape(attribute.value))\"" }
            out += ">"
            for child in children { child.write(into: &out) }
            out += "</\(name)>"
        }
    }

    /// Escapes the five characters that could end a text run or an attribute value.
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(character)
            }
        }
        return out
    }
}
