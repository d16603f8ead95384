import CLibXML2

/// The `wt:` XPath extension functions the CSS translator emits:
/// - `wt:preceding-sibling-of-type()` / `wt:following-sibling-of-type()` for `*-of-type` pseudo-classes
///   without a type selector (`:first-of-type`): XPath 1.0 cannot compare a sibling's name with the
///   tested element's own name.
/// - `wt:has-class('x')` for `.x`: the same test as `contains(concat(' ', normalize-space(@class), ' '),
///   ' x ')`, reading the attribute in place instead of building three strings per element.
/// - `wt:has-text(text, 'x')` for the default (not `exact`) `label`, `text` and role-name match: see
///   `TextMatch`; XPath 1.0 cannot lower-case beyond what a `translate()` table spells out.
/// - `wt:state('name')` and `wt:lang('range', …)`: HTML state pseudo-classes and `:lang()`, evaluated by
///   `ElementState`.
enum ExtensionFunctions {
    static let all: [(String, xmlXPathFunction)] = [
        ("preceding-sibling-of-type", precedingOfType),
        ("following-sibling-of-type", followingOfType),
        ("has-class", hasClass),
        ("has-text", hasText),
        ("state", state),
        ("lang", lang),
    ]
}

/// Pops `count` string arguments (in call order); nil after raising an XPath error.
private func stringArguments(_ parser: xmlXPathParserContextPtr, _ count: Int32) -> [String]? {
    var out: [String] = []
    for _ in 0..<count {
        guard let argument = valuePop(parser) else {
            xmlXPathErr(parser, Int32(XPATH_STACK_ERROR.rawValue))
            return nil
        }
        defer { xmlXPathFreeObject(argument) }
        guard argument.pointee.type == XPATH_STRING, let text = argument.pointee.stringval else {
            xmlXPathErr(parser, Int32(XPATH_INVALID_TYPE.rawValue))
            return nil
        }
        out.append(String(cString: text))
    }
    return out.reversed()
}

/// `wt:state(name)`: whether the context element has the state pseudo-class `name`.
private func state(_ parser: xmlXPathParserContextPtr?, _ arguments: Int32) {
    guard let parser, let context = parser.pointee.context else { return }
    guard arguments == 1 else {
        xmlXPathErr(parser, Int32(XPATH_INVALID_ARITY.rawValue))
        return
    }
    guard let name = stringArguments(parser, 1)?.first else { return }
    let found = context.pointee.node.map { ElementState.matches(name, $0) } ?? false
    valuePush(parser, xmlXPathNewBoolean(found ? 1 : 0))
}

/// `wt:lang(range, …)`: whether the context element's language matches one of the ranges.
private func lang(_ parser: xmlXPathParserContextPtr?, _ arguments: Int32) {
    guard let parser, let context = parser.pointee.context else { return }
    guard arguments >= 1 else {
        xmlXPathErr(parser, Int32(XPATH_INVALID_ARITY.rawValue))
        return
    }
    guard let ranges = stringArguments(parser, arguments) else { return }
    let found = context.pointee.node.map { ElementState.lang($0, ranges: ranges) } ?? false
    valuePush(parser, xmlXPathNewBoolean(found ? 1 : 0))
}

/// `wt:preceding-sibling-of-type()`: how many earlier siblings have the context element's name.
private func precedingOfType(_ parser: xmlXPathParserContextPtr?, _ arguments: Int32) {
    countSiblingsOfType(parser, arguments, forward: false)
}

/// `wt:following-sibling-of-type()`: how many later siblings have the context element's name.
private func followingOfType(_ parser: xmlXPathParserContextPtr?, _ arguments: Int32) {
    countSiblingsOfType(parser, arguments, forward: true)
}

private func countSiblingsOfType(_ parser: xmlXPathParserContextPtr?, _ arguments: Int32, forward: Bool) {
    guard let parser, let context = parser.pointee.context else { return }
    guard arguments == 0 else {
        xmlXPathErr(parser, Int32(XPATH_INVALID_ARITY.rawValue))
        return
    }
    var count = 0
    if let node = context.pointee.node, node.pointee.type == XML_ELEMENT_NODE {
        var sibling = forward ? node.pointee.next : node.pointee.prev
        while let current = sibling {
            if current.pointee.type == XML_ELEMENT_NODE, xmlStrEqual(current.pointee.name, node.pointee.name) != 0 {
                count += 1
            }
            sibling = forward ? current.pointee.next : current.pointee.prev
        }
    }
    valuePush(parser, xmlXPathNewFloat(Double(count)))
}

/// `wt:has-class(name)`: the context element's `class` holds `name` as one of its space-separated words.
private func hasClass(_ parser: xmlXPathParserContextPtr?, _ arguments: Int32) {
    guard let parser, let context = parser.pointee.context else { return }
    guard arguments == 1 else {
        xmlXPathErr(parser, Int32(XPATH_INVALID_ARITY.rawValue))
        return
    }
    guard let argument = valuePop(parser) else {
        xmlXPathErr(parser, Int32(XPATH_STACK_ERROR.rawValue))
        return
    }
    defer { xmlXPathFreeObject(argument) }
    var found = false
    if argument.pointee.type == XPATH_STRING, let wanted = argument.pointee.stringval,
        let node = context.pointee.node, node.pointee.type == XML_ELEMENT_NODE,
        let classes = classAttribute(of: node)
    {
        found = containsWord(classes, wanted)
    }
    valuePush(parser, xmlXPathNewBoolean(found ? 1 : 0))
}

/// The `class` value as libxml2 stores it (one text node), without copying.
private func classAttribute(of node: xmlNodePtr) -> UnsafePointer<xmlChar>? {
    var attribute = node.pointee.properties
    while let current = attribute {
        if LibXML.nameEquals(current.pointee.name, "class") {
            guard let text = current.pointee.children, text.pointee.next == nil else { return nil }
            return UnsafePointer(text.pointee.content)
        }
        attribute = current.pointee.next
    }
    return nil
}

/// Whether `word` is one of the whitespace-separated words of `list` (whitespace as `normalize-space`
/// knows it: space, tab, CR, LF).
private func containsWord(_ list: UnsafePointer<xmlChar>, _ word: UnsafePointer<xmlChar>) -> Bool {
    func isSpace(_ b: xmlChar) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D }
    var i = 0
    while list[i] != 0 {
        while list[i] != 0, isSpace(list[i]) { i += 1 }
        var j = 0
        while word[j] != 0, list[i + j] == word[j] { j += 1 }
        if word[j] == 0, list[i + j] == 0 || isSpace(list[i + j]) { return true }
        while list[i] != 0, !isSpace(list[i]) { i += 1 }
    }
    return false
}
