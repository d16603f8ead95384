import WTSyntax

/// Builders for the syntax nodes the compiler writes. The program is a tree from the start, printed only
/// by the canonical `Printer`, which alone knows how a string is escaped.
enum Syntax {
    /// A string literal holding exactly `text`.
    static func string(_ text: String) -> Expr { Expr(.string(StringLiteral(text: text))) }

    /// A name as an expression: `url` and `title` alone are the page's (as the parser reads them), any
    /// other name a variable, parameter or loop variable; `item.url` is a path.
    static func reference(_ name: String) -> Expr {
        switch name {
        case "url": Expr(.url)
        case "title": Expr(.title)
        default: Expr(.path(name.split(separator: ".").map { Identifier(String($0)) }))
        }
    }

    /// A loop bound: a number, or the parameter that holds it.
    static func bound(_ text: String) -> Expr {
        Int(text).map { Expr(.int($0)) } ?? reference(text)
    }

    /// `value then match "pattern"`: the first capture of the pattern in the value.
    static func matching(_ value: Expr, _ pattern: String) -> Expr {
        Expr(.transformed(value, [Transform(.match(StringLiteral(text: pattern), group: nil))]))
    }

    /// A CSS locator with one choice.
    static func css(_ selector: String) -> Locator {
        Locator(choices: [LocatorChoice(.css(StringLiteral(text: selector)))])
    }

    /// `exists "selector"` (`xpath "…"` for an XPath plan selector).
    static func exists(_ selector: String) -> Expr { Expr(.exists(SelectorText.locator(selector))) }

    /// `count name`: the length of a list.
    static func count(_ name: String) -> Expr { Expr(.count(.path([Identifier(name)]))) }

    static func binary(_ op: BinaryOp, _ lhs: Expr, _ rhs: Expr) -> Expr { Expr(.binary(op, lhs, rhs)) }

    static func not(_ expr: Expr) -> Expr { Expr(.not(expr)) }

    /// `text "…"`, `attr "href" of "…"`: a field read with a CSS selector, or `xpath "…"` for XPath.
    static func field(_ kind: FieldKind, attribute: String? = nil, selector: String) -> FieldExtraction {
        FieldExtraction(
            kind: kind, attribute: attribute.map { StringLiteral(text: $0) }, locator: SelectorText.locator(selector))
    }

    /// A string built from literal text and references, as parameter binding makes addresses.
    static func template(_ parts: [TemplatePart]) -> StringLiteral {
        StringLiteral(
            parts.compactMap { part in
                switch part {
                case .text(let t): t.isEmpty ? nil : .text(t)
                case .reference(let name): .interpolation(name.split(separator: ".").map { Identifier(String($0)) })
                }
            })
    }
}

extension LocatorChoice {
    /// This choice with its text, when that is exactly `value`, replaced by a reference to `name`
    /// (`text exact "{chosen}"`); nil when the choice does not name the element by that text.
    func naming(_ value: String, by name: String) -> LocatorChoice? {
        let reference = StringLiteral([.interpolation([Identifier(name)])])
        var out = self
        switch kind {
        case .text(let s) where s.plainText == value: out.kind = .text(reference)
        case .label(let s) where s.plainText == value: out.kind = .label(reference)
        case .placeholder(let s) where s.plainText == value: out.kind = .placeholder(reference)
        case .role(let role, let s?) where s.plainText == value: out.kind = .role(role, name: reference)
        default: return nil
        }
        return out
    }
}

/// A piece of a string the compiler builds: literal text or a parameter/variable reference.
enum TemplatePart: Sendable, Hashable {
    case text(String)
    case reference(String)
}
