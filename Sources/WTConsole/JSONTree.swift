import WTTrace

/// A JSON value as a collapsible tree: objects and arrays are `<details open>` whose `<summary>` says how
/// many members they hold, scalars are spans classed by type. Everything goes through `Markup`, so a
/// string holding `<script>` is shown as text.
enum JSONTree {
    /// The tree of `value`, as HTML.
    static func html(_ value: JSONValue) -> String {
        Markup.element("div", [("class", "json-tree")], [node(value, label: nil)]).rendered
    }

    private static func node(_ value: JSONValue, label: String?) -> Markup {
        let name = label.map { Markup.element("span", [("class", "json-key")], [.text($0 + ": ")]) }
        switch value {
        case .object(let members):
            return branch(
                name, summary: "{\(members.count) \(members.count == 1 ? "key" : "keys")}",
                members.map { node($0.value, label: $0.key) })
        case .array(let items):
            return branch(
                name, summary: "[\(items.count) \(items.count == 1 ? "item" : "items")]",
                items.enumerated().map { node($0.element, label: String($0.offset)) })
        default:
            return Markup.element("div", [("class", "json-leaf")], (name.map { [$0] } ?? []) + [scalar(value)])
        }
    }

    private static func branch(_ name: Markup?, summary: String, _ children: [Markup]) -> Markup {
        let head = Markup.element("summary", [], (name.map { [$0] } ?? []) + [.text(summary)])
        return Markup.element(
            "details", [("open", "")], [head, Markup.element("div", [("class", "json-children")], children)])
    }

    private static func scalar(_ value: JSONValue) -> Markup {
        let (kind, text): (String, String) =
            switch value {
            case .string(let s): ("json-string", "\"" + s + "\"")
            case .number: ("json-number", value.jsonText)
            case .bool(let b): ("json-bool", b ? "true" : "false")
            default: ("json-null", "null")
            }
        return Markup.element("span", [("class", kind)], [.text(text)])
    }
}
