/// Whether an XPath yields a value (string, number, boolean) rather than elements, read from its text: an
/// expression that starts with a literal or with a call of an XPath 1.0 function that never returns
/// nodes (`substring-after(…)`, `count(…)`, `normalize-space(…)`) computes a value; paths select elements.
enum XPathValueShape {
    static let valueFunctions: Set<String> = [
        "string", "concat", "substring", "substring-before", "substring-after", "normalize-space", "translate",
        "string-length", "starts-with", "contains", "count", "sum", "number", "floor", "ceiling", "round",
        "boolean", "not", "true", "false", "lang", "local-name", "name", "namespace-uri",
    ]

    static func yieldsValue(_ xpath: String) -> Bool {
        let text = xpath.drop { $0.isWhitespace }
        guard let first = text.first else { return false }
        if first == "'" || first == "\"" || first.isNumber || first == "-" { return true }
        let name = text.prefix { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }
        guard !name.isEmpty else { return false }
        let rest = text.dropFirst(name.count).drop { $0.isWhitespace }
        return rest.first == "(" && valueFunctions.contains(String(name))
    }
}
