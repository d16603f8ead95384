import WTSelector

extension Translator {
    /// Attributes whose values HTML compares ASCII case-insensitively in selectors unless the `s` flag
    /// is given (HTML § "Case-sensitivity of selectors"; web-platform-tests
    /// html/semantics/selectors/case-sensitivity/values). Browsers match `a[rel="TAG"]` on `rel="tag"`.
    static let caseInsensitiveAttributes: Set<String> = [
        "accept", "accept-charset", "align", "alink", "axis", "bgcolor", "charset", "checked", "clear",
        "codetype", "color", "compact", "declare", "defer", "dir", "direction", "disabled", "enctype", "face",
        "frame", "hreflang", "http-equiv", "lang", "language", "link", "media", "method", "multiple", "nohref",
        "noresize", "noshade", "nowrap", "readonly", "rel", "rev", "rules", "scope", "scrolling", "selected",
        "shape", "target", "text", "type", "valign", "valuetype", "vlink",
    ]

    /// `[name]`, `[name op value flag]` as a condition. Attribute names are case-insensitive in HTML
    /// and libxml2 stores them in lower case.
    func condition(_ selector: AttributeSelector) throws(ExtractError) -> String {
        let name = XPathText.asciiLowercased(selector.name)
        let attribute: String
        switch selector.namespace {
        case .named(let prefix)?: throw ExtractMessage.undeclaredNamespace(prefix)
        case .any?: attribute = "@*[local-name() = \(XPathText.literal(name))]"
        case .none?, nil: attribute = attributeNode(name)
        }
        guard let match = selector.match else { return attribute }
        let folded =
            match.caseSensitivity == .insensitive
            || (match.caseSensitivity == nil && Self.caseInsensitiveAttributes.contains(name))
        let value = folded ? XPathText.asciiLowercased(match.value) : match.value
        let subject = folded ? XPathText.asciiFolded(attribute) : attribute
        guard var test = Self.comparison(match.op, subject: subject, value: value) else { return "false()" }
        if match.op == .notEquals { return "not(\(attribute)) or \(test)" }
        // The legacy list applies to HTML elements only: in SVG and MathML the value is compared as written.
        if folded, match.caseSensitivity == nil,
            let exact = Self.comparison(match.op, subject: attribute, value: match.value)
        {
            test = "(\(exact)) or (\(test)) and not(\(Self.inForeignContent))"
        }
        // translate() of a missing attribute is '', so folded tests must check that it exists.
        return folded ? XPathText.and([attribute, test]) : test
    }

    /// The element is in SVG or MathML: its nearest `svg`, `math` or `foreignObject` ancestor-or-self is
    /// not a `foreignObject` (back to HTML).
    static let inForeignContent =
        "ancestor-or-self::*[self::svg or self::math or self::foreignobject or self::foreignObject][1]"
        + "[self::svg or self::math]"

    /// The comparison for one operator; nil when it can never match (an empty `^=`, `$=`, `*=` value,
    /// or a `~=` word that is empty or holds whitespace).
    static func comparison(_ op: AttributeOperator, subject: String, value: String) -> String? {
        let literal = XPathText.literal(value)
        switch op {
        case .equals:
            return "\(subject) = \(literal)"
        case .notEquals:
            return "\(subject) != \(literal)"
        case .includes:
            guard !value.isEmpty, !XPathText.hasWhitespace(value) else { return nil }
            return "contains(concat(' ', normalize-space(\(subject)), ' '), \(XPathText.literal(" \(value) ")))"
        case .dashMatch:
            return "\(subject) = \(literal) or starts-with(\(subject), \(XPathText.literal(value + "-")))"
        case .prefix:
            return value.isEmpty ? nil : "starts-with(\(subject), \(literal))"
        case .suffix:
            guard !value.isEmpty else { return nil }
            return "substring(\(subject), string-length(\(subject)) - string-length(\(literal)) + 1) = \(literal)"
        case .substring:
            return value.isEmpty ? nil : "contains(\(subject), \(literal))"
        }
    }
}
