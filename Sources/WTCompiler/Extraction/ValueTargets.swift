import WTExtract
import WTSema
import WTTrace

/// Where an element holds an example value, which decides the field kinds worth trying on it.
enum TargetSource: Hashable {
    /// Its text (`text`, `number`, `date`, …).
    case text
    /// The value of this attribute (`attr`).
    case attribute(String)
    /// Its inner HTML (`html`).
    case html
    /// Its `href`/`src` resolved against the page (`url`).
    case link
}

/// An element that holds (one element of) an example value.
struct Target: Hashable {
    var node: Node
    var source: TargetSource
}

/// Finds the elements that hold an example value, the way the declared type would read it.
enum ValueTargets {
    /// Elements in `scope` (the body when nil) holding `value` read as `type`; for a list, any element of it.
    static func find(_ value: JSONValue, as type: WTType, on page: ExamplePage, in scope: Node?) -> [Target] {
        let found: [Target]
        if case .array(let items) = value, let element = type.elementType {
            found = items.flatMap { scalar($0, element.unwrapped, page, scope) }
        } else {
            found = scalar(value, type.unwrapped, page, scope)
        }
        var seen: Set<Target> = []
        return found.filter { target in
            (scope.map { page.contains($0, target.node) } ?? true) && seen.insert(target).inserted
        }
    }

    private static func scalar(_ value: JSONValue, _ type: WTType, _ page: ExamplePage, _ scope: Node?) -> [Target] {
        let index = page.index
        switch (value, type) {
        case (.string(let s), .url):
            return (index.byLink[s] ?? []).map { Target(node: $0, source: .link) } + attributes(s, index)
                + index.elements(showing: s).map { Target(node: $0, source: .text) }
        case (.string(let s), .date):
            // Every date form has its day and year in digits: a text without one is not rendered.
            let shown = page.elements(in: scope).filter { node in
                (page.composition(of: node).map { $0.asciiDigits > 0 } ?? true)
                    && (try? Coercion.date(page.text(node))) == s
            }
            return shown.map { Target(node: $0, source: .text) } + attributes(s, index)
        case (.string(let s), _):
            var out = index.elements(showing: s).map { Target(node: $0, source: .text) } + attributes(s, index)
            // Serialising is costly; only markup can come from inner HTML alone.
            if SelectorText.isASCII(s) ? s.utf8.contains(0x3C) : s.contains("<") {
                out += page.elements(in: scope).filter { $0.innerHTML == s }.map { Target(node: $0, source: .html) }
            }
            return out
        case (.number(let n), .int), (.number(let n), .number):
            // A number is read from the first one in the text, so every ancestor of "$12" reads 12 as well
            // (when the price comes first); only the innermost element says where the number is.
            let holding = (index.byNumber[n] ?? []).filter { node in scope.map { page.contains($0, node) } ?? true }
            return innermost(holding, page).map { Target(node: $0, source: .text) }
        default: return []
        }
    }

    private static func innermost(_ nodes: [Node], _ page: ExamplePage) -> [Node] {
        nodes.filter { node in !nodes.contains { $0 != node && page.contains(node, $0) } }
    }

    private static func attributes(_ s: String, _ index: PageIndex) -> [Target] {
        (index.byAttribute[s] ?? []).map { Target(node: $0.node, source: .attribute($0.name)) }
    }
}
