/// Prints selectors back as CSS in a normalized form: one space around combinators except the descendant
/// one, `, ` between selectors, lower-case pseudo-class names, attribute values always quoted, an+b as
/// `2n+1`, `:matches()` as `:is()`. Parsing the output gives back an equal AST.
extension SelectorList: CustomStringConvertible {
    /// The normalized CSS text.
    public var description: String { selectors.map(\.description).joined(separator: ", ") }
}

extension ComplexSelector: CustomStringConvertible {
    /// The normalized CSS text.
    public var description: String {
        var out = head.description
        for link in links {
            out += link.combinator == .descendant ? " " : " \(link.combinator.rawValue) "
            out += link.compound.description
        }
        if let pseudoElement { out += pseudoElement.description }
        return out
    }
}

extension RelativeSelector: CustomStringConvertible {
    /// The normalized CSS text.
    public var description: String {
        combinator == .descendant ? selector.description : "\(combinator.rawValue) \(selector)"
    }
}

extension CompoundSelector: CustomStringConvertible {
    /// The normalized CSS text.
    public var description: String {
        (type?.description ?? "") + subclasses.map(\.description).joined()
    }
}

extension TypeSelector: CustomStringConvertible {
    /// The normalized CSS text.
    public var description: String {
        let local = name.map(CSSSerialization.identifier) ?? "*"
        guard let namespace else { return local }
        return "\(namespace)|\(local)"
    }
}

extension NamespacePrefix: CustomStringConvertible {
    /// The prefix as written before `|`: `*`, empty, or the name.
    public var description: String {
        switch self {
        case .any: return "*"
        case .none: return ""
        case .named(let name): return CSSSerialization.identifier(name)
        }
    }
}

extension SimpleSelector: CustomStringConvertible {
    /// The normalized CSS text.
    public var description: String {
        switch self {
        case .id(let name): return "#" + CSSSerialization.identifier(name)
        case .className(let name): return "." + CSSSerialization.identifier(name)
        case .attribute(let attribute): return attribute.description
        case .pseudoClass(let pseudo): return pseudo.description
        }
    }
}

extension AttributeSelector: CustomStringConvertible {
    /// The normalized CSS text.
    public var description: String {
        var out = "["
        if let namespace { out += "\(namespace)|" }
        out += CSSSerialization.identifier(name)
        if let match {
            out += match.op.rawValue + CSSSerialization.string(match.value)
            if let flag = match.caseSensitivity { out += " \(flag.rawValue)" }
        }
        return out + "]"
    }
}

extension PseudoClass: CustomStringConvertible {
    /// The normalized CSS text.
    public var description: String {
        switch self {
        case .keyword(let keyword): return ":\(keyword.rawValue)"
        case .lang(let ranges): return ":lang(\(ranges.map(CSSSerialization.identifier).joined(separator: ", ")))"
        case .dir(let direction): return ":dir(\(CSSSerialization.identifier(direction)))"
        case .dynamic(let text): return ":\(text)"
        case .contains(let text): return ":contains(\(CSSSerialization.string(text)))"
        case .nthChild(let ab, let of): return ":nth-child(\(ab)\(of.map { " of \($0)" } ?? ""))"
        case .nthLastChild(let ab, let of): return ":nth-last-child(\(ab)\(of.map { " of \($0)" } ?? ""))"
        case .nthOfType(let ab): return ":nth-of-type(\(ab))"
        case .nthLastOfType(let ab): return ":nth-last-of-type(\(ab))"
        case .is(let list): return ":is(\(list))"
        case .where(let list): return ":where(\(list))"
        case .not(let list): return ":not(\(list))"
        case .has(let list): return ":has(\(list.map(\.description).joined(separator: ", ")))"
        }
    }
}

extension PseudoElement: CustomStringConvertible {
    /// The normalized CSS text.
    public var description: String {
        switch self {
        case .text: return "::text"
        case .attr(let name): return "::attr(\(CSSSerialization.identifier(name)))"
        case .other(let text): return "::\(text)"
        }
    }
}

/// CSSOM serialization of identifiers and strings (CSSOM §2.1), so names with odd characters round-trip.
enum CSSSerialization {
    /// `name` as a CSS identifier, escaping what the tokenizer would not read back as the same name.
    static func identifier(_ name: String) -> String {
        if name.isEmpty { return "\\0 " }  // unreachable from parsed input; keeps the output a valid token
        var out = ""
        let scalars = Array(name.unicodeScalars)
        for (index, scalar) in scalars.enumerated() {
            let v = scalar.value
            let isDigit = v >= 0x30 && v <= 0x39
            if v == 0 {
                out += "\u{FFFD}"
            } else if (v >= 0x01 && v <= 0x1F) || v == 0x7F || (isDigit && (index == 0 || leadingDash(scalars, index)))
            {
                out += "\\" + String(v, radix: 16) + " "
            } else if index == 0 && v == 0x2D && scalars.count == 1 {
                out += "\\-"
            } else if v >= 0x80 || v == 0x2D || v == 0x5F || isDigit || isASCIILetter(v) {
                out.unicodeScalars.append(scalar)
            } else {
                out += "\\"
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// `text` as a double-quoted CSS string.
    static func string(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            let v = scalar.value
            if v == 0 {
                out += "\u{FFFD}"
            } else if (v >= 0x01 && v <= 0x1F) || v == 0x7F {
                out += "\\" + String(v, radix: 16) + " "
            } else if scalar == "\"" || scalar == "\\" {
                out += "\\"
                out.unicodeScalars.append(scalar)
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    /// Whether `text` serializes as an identifier without any escape.
    static func isPlainIdentifier(_ text: String) -> Bool {
        !text.isEmpty && identifier(text) == text && CSSLexer(text).startsIdentifier(at: 0)
    }

    private static func leadingDash(_ scalars: [Unicode.Scalar], _ index: Int) -> Bool {
        index == 1 && scalars[0] == "-"
    }

    private static func isASCIILetter(_ v: UInt32) -> Bool { (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A) }
}
