import Foundation
import WTTrace

/// A JSON value as a collapsible tree: objects and arrays are `<details>` whose summary carries the key
/// (or index) and the size, scalars are spans whose class names the kind, so the page needs no script to
/// fold it. A small value opens whole; a large one opens its first `openLevels` levels.
public enum JSONTree {
    /// Values with at most this many nodes open completely.
    static let smallValue = 300

    public static func render(_ value: JSONValue, openLevels: Int = 2) -> HTMLNode {
        let open = nodeCount(value) <= smallValue ? Int.max : openLevels
        return .el("div", ["class": "json"], [node(value, label: [], depth: 0, openLevels: open)])
    }

    /// A value, after `label` (its key or index and a colon; empty at the root).
    static func node(_ value: JSONValue, label: [HTMLNode], depth: Int, openLevels: Int) -> HTMLNode {
        let children: [(label: [HTMLNode], value: JSONValue)]
        let size: String
        switch value {
        case .null: return scalar(label, "literal", "null")
        case .bool(let b): return scalar(label, "literal", b ? "true" : "false")
        case .number: return scalar(label, "number", value.jsonText)
        case .string: return scalar(label, "string", value.jsonText)
        case .array(let items):
            children = items.enumerated().map {
                ([.el("span", ["class": "index"], text: "\($0.offset)"), .text(": ")], $0.element)
            }
            size = "[\(count(items.count, "item"))]"
        case .object(let members):
            children = members.map {
                ([.el("span", ["class": "key"], text: JSONValue.string($0.key).jsonText), .text(": ")], $0.value)
            }
            size = "{\(count(members.count, "key"))}"
        }
        guard !children.isEmpty else { return scalar(label, "literal", size == "[0 items]" ? "[]" : "{}") }
        let rows = children.map {
            HTMLNode.el("li", [:], [node($0.value, label: $0.label, depth: depth + 1, openLevels: openLevels)])
        }
        let details = HTMLNode.el(
            "details", [:],
            [.el("summary", [:], label + [.el("span", ["class": "size"], text: size)]), .el("ul", [:], rows)])
        return depth < openLevels ? details.adding("open") : details
    }

    private static func scalar(_ label: [HTMLNode], _ kind: String, _ text: String) -> HTMLNode {
        .el("div", ["class": "leaf"], label + [.el("span", ["class": kind], text: text)])
    }

    private static func count(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }

    static func nodeCount(_ value: JSONValue) -> Int {
        switch value {
        case .array(let items): 1 + items.reduce(0) { $0 + nodeCount($1) }
        case .object(let members): 1 + members.reduce(0) { $0 + nodeCount($1.value) }
        default: 1
        }
    }
}
