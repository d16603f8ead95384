import WTSelector

/// What a type selector contributes to a step and to conditions.
struct TypeTest {
    /// The node test of a step: `div`, or `*`.
    var test: String
    /// Extra predicates of the step (a `name()` comparison for names XPath cannot spell).
    var predicates: [String] = []
    /// The same test as a condition on the context element: `self::div`, `true()` for `*`.
    var selfCondition: String
    /// How to find siblings of the same type (`div`, `*[name() = 'x']`); nil for `*`, whose type is
    /// the tested element's own name.
    var siblingTest: String?

    static let universal = TypeTest(test: "*", selfCondition: "true()", siblingTest: nil)
}

extension Translator {
    /// HTML element names are ASCII case-insensitive, and libxml2 stores them in lower case.
    func typeTest(_ type: TypeSelector?) throws(ExtractError) -> TypeTest {
        guard let type else { return .universal }
        switch type.namespace {
        case .named(let prefix)?: throw ExtractMessage.undeclaredNamespace(prefix)
        // `|E` selects elements in no namespace; every element the HTML parser creates has one.
        case .none?: return TypeTest(test: "*", predicates: ["false()"], selfCondition: "false()", siblingTest: nil)
        case .any?, nil: break
        }
        guard let name = type.name else { return .universal }
        let lower = XPathText.asciiLowercased(name)
        if XPathText.isSimpleName(lower) {
            return TypeTest(test: lower, selfCondition: "self::\(lower)", siblingTest: lower)
        }
        let byName = "name() = \(XPathText.literal(lower))"
        return TypeTest(test: "*", predicates: [byName], selfCondition: byName, siblingTest: "*[\(byName)]")
    }

    /// A compound as a location step.
    mutating func step(_ compound: CompoundSelector) throws(ExtractError) -> Step {
        let type = try typeTest(compound.type)
        var step = Step(test: type.test, predicates: type.predicates)
        for simple in compound.subclasses {
            step.predicates.append(try condition(simple, type: type))
        }
        return step
    }

    /// `following-sibling::*[1]` narrowed to `step`: the element right after, if it matches.
    func adjacent(_ step: Step) -> String {
        var adjacent = Step(test: "*[1]")
        adjacent.predicates = (step.test == "*" ? [] : ["self::\(step.test)"]) + step.predicates
        return "following-sibling::" + adjacent.text
    }

    /// A compound as a condition on the context element.
    mutating func condition(_ compound: CompoundSelector) throws(ExtractError) -> String {
        let type = try typeTest(compound.type)
        var parts = [type.selfCondition]
        for simple in compound.subclasses {
            parts.append(try condition(simple, type: type))
        }
        return XPathText.and(parts)
    }

    mutating func condition(_ simple: SimpleSelector, type: TypeTest) throws(ExtractError) -> String {
        switch simple {
        case .id(let id):
            usesNames = true
            guard quirks else { return "@id = \(XPathText.literal(id))" }
            return "\(XPathText.asciiFolded("@id")) = \(XPathText.literal(XPathText.asciiLowercased(id)))"
        case .className(let name):
            usesNames = true
            guard !XPathText.hasWhitespace(name) else { return "false()" }
            if quirks {
                let folded = "normalize-space(\(XPathText.asciiFolded("@class")))"
                let word = XPathText.literal(" \(XPathText.asciiLowercased(name)) ")
                return "contains(concat(' ', \(folded), ' '), \(word))"
            }
            guard portable else {
                usesExtensions = true
                return "wt:has-class(\(XPathText.literal(name)))"
            }
            return "contains(concat(' ', normalize-space(@class), ' '), \(XPathText.literal(" \(name) ")))"
        case .attribute(let attribute):
            return try condition(attribute)
        case .pseudoClass(let pseudo):
            return try condition(pseudo, type: type)
        }
    }

    /// A complex selector as a condition on the context element, read right to left: the last
    /// compound tests the element itself, earlier ones walk the reverse axes.
    mutating func matches(_ selector: ComplexSelector) throws(ExtractError) -> String {
        var expression = try condition(selector.head)
        for link in selector.links {
            let axis =
                switch link.combinator {
                case .descendant: "ancestor::*"
                case .child: "parent::*"
                case .nextSibling: "preceding-sibling::*[1]"
                case .subsequentSibling: "preceding-sibling::*"
                }
            let related = expression == "true()" ? axis : "\(axis)[\(expression)]"
            expression = XPathText.and([try condition(link.compound), related])
        }
        return expression
    }

    /// Any selector of `list` matches the context element.
    mutating func matches(_ list: SelectorList) throws(ExtractError) -> String {
        var alternatives: [String] = []
        for selector in list.selectors { alternatives.append(try matches(selector)) }
        return XPathText.or(alternatives)
    }

    /// A `:has()` argument as a path from the tested element; true when it selects anything.
    mutating func relativePath(_ relative: RelativeSelector) throws(ExtractError) -> String {
        let head = try step(relative.selector.head)
        var out =
            switch relative.combinator {
            case .descendant: "descendant::" + head.text
            case .child: head.text
            case .subsequentSibling: "following-sibling::" + head.text
            case .nextSibling: adjacent(head)
            }
        for link in relative.selector.links {
            out += try forwardStep(link.combinator, link.compound)
        }
        return out
    }
}
