import WTSelector

extension Translator {
    /// A pseudo-class as a condition on the context element; `type` is the compound's type selector,
    /// which `*-of-type` needs.
    mutating func condition(_ pseudo: PseudoClass, type: TypeTest) throws(ExtractError) -> String {
        switch pseudo {
        case .keyword(let keyword):
            return condition(keyword, type: type)
        case .lang(let range):
            return Self.lang(range)
        case .contains(let text):
            return "contains(string(.), \(XPathText.literal(text)))"
        case .nthChild(let ab, of: let list):
            return try nthChild(ab, of: list, axis: "preceding-sibling")
        case .nthLastChild(let ab, of: let list):
            return try nthChild(ab, of: list, axis: "following-sibling")
        case .nthOfType(let ab):
            return Self.nth(ab, index: ofTypeIndex(type, axis: "preceding-sibling"))
        case .nthLastOfType(let ab):
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

    mutating func condition(_ keyword: PseudoClassKeyword, type: TypeTest) -> String {
        switch keyword {
        case .root: return "not(parent::*)"
        case .scope:
            usesScope = true
            return "count(. | $scope) = 1"
        case .firstChild: return "not(preceding-sibling::*)"
        case .lastChild: return "not(following-sibling::*)"
        case .onlyChild: return "not(preceding-sibling::*) and not(following-sibling::*)"
        case .firstOfType: return noSibling(ofType: type, axis: "preceding-sibling")
        case .lastOfType: return noSibling(ofType: type, axis: "following-sibling")
        case .onlyOfType:
            let before = noSibling(ofType: type, axis: "preceding-sibling")
            return "\(before) and \(noSibling(ofType: type, axis: "following-sibling"))"
        // Comments and processing instructions do not count; whitespace-only text does (as in browsers).
        case .empty: return "not(*) and not(text())"
        // web-platform-tests html/semantics/selectors/pseudo-classes/link.html: only <a> and <area>.
        case .link: return "(self::a or self::area) and @href"
        // Nothing is visited, hovered, active, focused or targeted in a static document.
        case .visited, .hover, .active, .focus, .target: return "false()"
        case .enabled: return FormState.enabled
        case .disabled: return FormState.disabled
        case .checked: return FormState.checked
        case .indeterminate: return FormState.indeterminate
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

    /// `:lang(x)`: the nearest ancestor-or-self with `xml:lang` or `lang` (xml:lang wins on one element)
    /// has a value equal to x or starting with `x-`, ASCII case-insensitively. The HTML parser keeps
    /// `xml:lang` as a plain attribute, so it is found by name.
    static func lang(_ range: String) -> String {
        let xmlLang = "@*[name() = 'xml:lang']"
        let wanted = XPathText.asciiLowercased(range)
        func test(_ attribute: String) -> String {
            let value = XPathText.asciiFolded(attribute)
            return
                "\(value) = \(XPathText.literal(wanted)) or starts-with(\(value), \(XPathText.literal(wanted + "-")))"
        }
        let chosen = "(\(xmlLang) and (\(test(xmlLang)))) or (not(\(xmlLang)) and (\(test("@lang"))))"
        return "ancestor-or-self::*[@lang or \(xmlLang)][1][\(chosen)]"
    }
}
