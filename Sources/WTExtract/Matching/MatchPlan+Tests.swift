import WTSelector

extension MatchPlan {
    /// `[name]`, `[name op value flag]`, with the case rules and never-matching cases of the XPath
    /// translation (`Translator.condition(_: AttributeSelector)`).
    mutating func add(_ a: AttributeSelector) -> Bool {
        if case .named? = a.namespace { return false }
        let name = XPathText.asciiLowercased(a.name)
        guard let match = a.match else {
            tests.append(Test(kind: .attribute, text: intern(name)))
            return true
        }
        let folded =
            match.caseSensitivity == .insensitive
            || (match.caseSensitivity == nil && Translator.caseInsensitiveAttributes.contains(name))
        let value = folded ? XPathText.asciiLowercased(match.value) : match.value
        switch match.op {
        case .prefix, .suffix, .substring:
            if value.isEmpty { return addNever() }
        case .includes:
            if value.isEmpty || XPathText.hasWhitespace(value) { return addNever() }
        default: break
        }
        var test = Test(
            kind: .attribute, text: intern(name), value: intern(value), textLength: name.utf8.count,
            valueLength: value.utf8.count, op: match.op, folded: folded)
        if folded, match.caseSensitivity == nil { test.exact = intern(match.value) }
        tests.append(test)
        return true
    }

    private mutating func addNever() -> Bool {
        tests.append(Test(kind: .never))
        return true
    }

    mutating func add(_ pseudo: PseudoClass) -> Bool {
        switch pseudo {
        case .nthChild(let ab, of: nil) where !ab.canMatch, .nthLastChild(let ab, of: nil) where !ab.canMatch,
            .nthOfType(let ab) where !ab.canMatch, .nthLastOfType(let ab) where !ab.canMatch:
            tests.append(Test(kind: .never))
        case .dynamic(let name) where name != "focus-within" && name != "focus-visible":
            tests.append(Test(kind: .never))
        case .nthChild(let ab, of: nil): tests.append(Test(kind: .position, ab: ab))
        case .nthLastChild(let ab, of: nil): tests.append(Test(kind: .position, ab: ab, fromEnd: true))
        case .nthOfType(let ab): tests.append(Test(kind: .position, ab: ab, ofType: true))
        case .nthLastOfType(let ab): tests.append(Test(kind: .position, ab: ab, fromEnd: true, ofType: true))
        case .keyword(let keyword): return add(keyword)
        default: return false
        }
        return true
    }

    private mutating func add(_ keyword: PseudoClassKeyword) -> Bool {
        let first = Test(kind: .position)
        let last = Test(kind: .position, fromEnd: true)
        let firstOfType = Test(kind: .position, ofType: true)
        let lastOfType = Test(kind: .position, fromEnd: true, ofType: true)
        switch keyword {
        case .root: tests.append(Test(kind: .root))
        case .empty: tests.append(Test(kind: .empty))
        case .link, .anyLink: tests.append(Test(kind: .link))
        case .firstChild: tests.append(first)
        case .lastChild: tests.append(last)
        case .onlyChild: tests += [first, last]
        case .firstOfType: tests.append(firstOfType)
        case .lastOfType: tests.append(lastOfType)
        case .onlyOfType: tests += [firstOfType, lastOfType]
        case .visited, .hover, .active, .target: tests.append(Test(kind: .never))
        default: return false
        }
        return true
    }
}
