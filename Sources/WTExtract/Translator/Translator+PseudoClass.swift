import WTSelector

extension Translator {
    /// A pseudo-class as a condition on the context element; `type` is the compound's type selector,
    /// which `*-of-type` needs.
    mutating func condition(_ pseudo: PseudoClass, type: TypeTest) throws(ExtractError) -> String {
        switch pseudo {
        case .keyword(let keyword):
            return condition(keyword, type: type)
        case .lang(let ranges):
            if dialect == .browser { return mark(pseudo.description) }
            usesExtensions = true
            return "wt:lang(\(ranges.map(XPathText.literal).joined(separator: ", ")))"
        case .dir(let direction):
            guard direction == "ltr" || direction == "rtl" else { return "false()" }
            return state("dir-\(direction)", css: pseudo.description)
        case .dynamic(let name):
            // Only focus can be set on a fresh page (by `autofocus`); the rest match nothing there.
            if name == "focus-within" || name == "focus-visible" { return state(name, css: pseudo.description) }
            return dialect == .browser ? mark(pseudo.description) : "false()"
        case .contains(let text):
            return "contains(string(.), \(XPathText.literal(text)))"
        case .nthChild(let ab, of: let list):
            return try nthChild(ab, of: list, axis: "preceding-sibling")
        case .nthLastChild(let ab, of: let list):
            return try nthChild(ab, of: list, axis: "following-sibling")
        case .nthOfType(let ab):
            if type.siblingTest == nil, dialect == .browser { return mark(pseudo.description) }
            return Self.nth(ab, index: ofTypeIndex(type, axis: "preceding-sibling"))
        case .nthLastOfType(let ab):
            if type.siblingTest == nil, dialect == .browser { return mark(pseudo.description) }
            return Self.nth(ab, index: ofTypeIndex(type, axis: "following-sibling"))
        case .is(let list), .where(let list):
            return try matches(list)
        case .not(let list):
            return "not(\(try matches(list)))"
        case .has(let relatives):
            var alternatives: [String] = []
            for relative in relatives { alternatives.append(try relativePath(relative)) }
            return XPathText.or(alternatives)
        }
    }

    /// A state `ElementState` evaluates (`wt:state('name')`), or the browser's own `css`.
    mutating func state(_ name: String, css: String) -> String {
        if dialect == .browser { return mark(css) }
        usesExtensions = true
        return "wt:state('\(name)')"
    }

    mutating func condition(_ keyword: PseudoClassKeyword, type: TypeTest) -> String {
        let css = ":" + keyword.rawValue
        switch keyword {
        case .root: return "not(parent::*)"
        case .scope:
            if dialect == .browser { return mark(css) }
            usesScope = true
            return "count(. | $scope) = 1"
        case .firstChild: return "not(preceding-sibling::*)"
        case .lastChild: return "not(following-sibling::*)"
        case .onlyChild: return "not(preceding-sibling::*) and not(following-sibling::*)"
        case .firstOfType, .lastOfType, .onlyOfType:
            if type.siblingTest == nil, dialect == .browser { return mark(css) }
            return ofType(keyword, type: type)
        // Comments and processing instructions do not count; whitespace-only text does (as in browsers).
        case .empty: return "not(*) and not(text())"
        // web-platform-tests html/semantics/selectors/pseudo-classes/link.html: only <a> and <area>.
        case .link, .anyLink:
            return dialect == .browser ? mark(css) : "(self::a or self::area) and @href"
        // Nothing is visited, hovered, active, focused or targeted in a static document.
        case .visited, .hover, .active, .target: return dialect == .browser ? mark(css) : "false()"
        case .focus: return state("focus", css: css)
        case .enabled:
            return dialect == .browser ? mark(css) : portable ? FormState.enabled : state("enabled", css: css)
        case .disabled:
            return dialect == .browser ? mark(css) : portable ? FormState.disabled : state("disabled", css: css)
        case .checked:
            if dialect == .browser { return mark(css) }
            return portable ? FormState.checked : XPathText.and([FormState.checked, state("checked", css: css)])
        case .indeterminate: return dialect == .browser ? mark(css) : FormState.indeterminate
        case .default, .required, .optional, .readOnly, .readWrite, .placeholderShown, .inRange, .outOfRange,
            .valid, .invalid, .defined, .open:
            return state(keyword.rawValue, css: css)
        }
    }

    /// `:first-of-type`, `:last-of-type`, `:only-of-type` as sibling tests.
    mutating func ofType(_ keyword: PseudoClassKeyword, type: TypeTest) -> String {
        switch keyword {
        case .firstOfType: return noSibling(ofType: type, axis: "preceding-sibling")
        case .lastOfType: return noSibling(ofType: type, axis: "following-sibling")
        default:
            let before = noSibling(ofType: type, axis: "preceding-sibling")
            return "\(before) and \(noSibling(ofType: type, axis: "following-sibling"))"
        }
    }

    /// The number of earlier (or later) siblings of the element's type. With a type selector that is a
    /// plain count; for `*` the type is the element's own name, which only an extension function knows.
    mutating func ofTypeIndex(_ type: TypeTest, axis: String) -> String {
        if let sibling = type.siblingTest { return "count(\(axis)::\(sibling))" }
        usesExtensions = true
        return "wt:\(axis)-of-type()"
    }

    /// No sibling of the element's type on `axis`; `not(…)` stops at the first one found.
    mutating func noSibling(ofType type: TypeTest, axis: String) -> String {
        if let sibling = type.siblingTest { return "not(\(axis)::\(sibling))" }
        return "\(ofTypeIndex(type, axis: axis)) = 0"
    }

    /// `:nth-child(an+b)` / `:nth-child(an+b of S)`: the element must match S, and positions count
    /// only siblings matching S.
    mutating func nthChild(_ ab: AnPlusB, of list: SelectorList?, axis: String) throws(ExtractError) -> String {
        guard let list else { return Self.nth(ab, index: "count(\(axis)::*)") }
        let filter = try matches(list)
        let siblings = filter == "true()" ? "*" : "*[\(filter)]"
        return XPathText.and([filter, Self.nth(ab, index: "count(\(axis)::\(siblings))")])
    }

    /// Whether the 0-based `index` is `a*n + b - 1` for some n ≥ 0.
    static func nth(_ ab: AnPlusB, index: String) -> String {
        guard ab.canMatch else { return "false()" }
        let a = ab.a
        let c = ab.b - 1
        if a == 0 { return c < 0 ? "false()" : "\(index) = \(c)" }
        if a > 0 {
            var parts: [String] = []
            if c > 0 { parts.append("\(index) >= \(c)") }
            let shifted = c == 0 ? index : c > 0 ? "\(index) - \(c)" : "\(index) + \(-c)"
            if a > 1 { parts.append("(\(shifted)) mod \(a) = 0") }
            return XPathText.and(parts)
        }
        if c < 0 { return "false()" }
        var parts = ["\(index) <= \(c)"]
        if a < -1 { parts.append("(\(c) - \(index)) mod \(-a) = 0") }
        return XPathText.and(parts)
    }
}
