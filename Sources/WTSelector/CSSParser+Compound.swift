/// A compound selector as parsed, with the pseudo-element that may end it.
struct ParsedCompound {
    /// A pseudo-element and the error to report if anything follows it.
    struct Pseudo {
        var value: PseudoElement
        var misplaced: SelectorError
    }

    var compound: CompoundSelector
    var pseudoElement: Pseudo?
}

extension CSSParser {
    /// compound-selector: type-selector? subclass-selector* pseudo-element?
    /// `anchor` is the token before it (a combinator, comma or `:not(`), for "expected a selector" messages.
    mutating func parseCompoundSelector(
        _ context: ListContext, after anchor: CSSToken?
    ) throws(SelectorError) -> ParsedCompound {
        let start = try lexer.peek()
        var result = ParsedCompound(compound: CompoundSelector(type: try parseTypeSelector()))
        while startsSubclass(try lexer.peek()) {
            let next = try lexer.peek().kind
            let second = try lexer.peekSecond().kind
            let isPseudoElement = next == .colon && second == .colon
            if let pseudo = result.pseudoElement {
                // `::part(x)::before`: a pseudo-element may follow `::part()` or `::slotted()`; some
                // pseudo-classes may follow some pseudo-elements (`::part(x):hover`).
                guard case .other(let text) = pseudo.value else { throw pseudo.misplaced }
                if isPseudoElement {
                    // Not a functional one (`::part(a)::part(b)` is invalid).
                    guard text.hasPrefix("part(") || text.hasPrefix("slotted("),
                        case .ident = try lexer.peekThird().kind
                    else { throw pseudo.misplaced }
                } else {
                    let follower: String? =
                        switch second {
                        case .ident(let raw): Bytes.asciiLowercased(raw)
                        case .function(let raw): Bytes.asciiLowercased(raw) + "("
                        default: nil
                        }
                    guard next == .colon, let follower, PseudoElementFollowers.allows(follower, after: text)
                    else { throw pseudo.misplaced }
                }
            }
            if isPseudoElement {
                result.pseudoElement = try parsePseudoElement(context)
            } else if let legacy = try parseLegacyPseudoElement(context) {
                result.pseudoElement = legacy
            } else {
                result.compound.subclasses.append(try parseSubclassSelector(context))
            }
        }
        if result.compound.isEmpty && result.pseudoElement == nil {
            throw expectedSelector(found: start, after: anchor, context: context)
        }
        return result
    }

    /// Whether `token` begins a subclass selector or pseudo-element.
    func startsSubclass(_ token: CSSToken) -> Bool {
        switch token.kind {
        case .hash, .leftBracket, .colon: return true
        case .delim(let c): return c == "." || c == "#"
        default: return false
        }
    }

    /// type-selector: (ns-prefix)? (ident | `*`), where ns-prefix is (ident | `*`)? `|`.
    mutating func parseTypeSelector() throws(SelectorError) -> TypeSelector? {
        let first = try lexer.peek()
        let name: String?
        switch first.kind {
        case .ident(let ident): name = ident
        case .delim("*"): name = nil
        case .delim("|"):
            _ = try lexer.next()
            return TypeSelector(namespace: NamespacePrefix.none, name: try parseNameAfterBar(first, element: true))
        default: return nil
        }
        _ = try lexer.next()
        let bar = try lexer.peek()
        guard bar.isDelim("|") else { return TypeSelector(name: name) }
        _ = try lexer.next()
        let prefix: NamespacePrefix = name.map { .named($0) } ?? .any
        return TypeSelector(namespace: prefix, name: try parseNameAfterBar(bar, element: true))
    }

    /// The identifier (or `*` for elements) right after a namespace `|`; nil means `*`.
    mutating func parseNameAfterBar(_ bar: CSSToken, element: Bool) throws(SelectorError) -> String? {
        let token = try lexer.next()
        switch token.kind {
        case .ident(let name): return name
        case .delim("*") where element: return nil
        default:
            let message = element ? CSSMessage.expectedElementName : CSSMessage.expectedAttributeName
            throw SelectorError(message: message, offset: bar.offset, length: bar.length)
        }
    }

    /// subclass-selector: id, class, attribute or pseudo-class.
    mutating func parseSubclassSelector(_ context: ListContext) throws(SelectorError) -> SimpleSelector {
        let token = try lexer.next()
        switch token.kind {
        case .hash(let name, let isIdentifier):
            guard isIdentifier else {
                throw SelectorError(
                    message: CSSMessage.invalidID(describe(token)), offset: token.offset,
                    length: token.length)
            }
            return .id(name)
        case .delim("."):
            let name = try lexer.next()
            guard case .ident(let value) = name.kind else {
                throw SelectorError(message: CSSMessage.expectedClassName, offset: token.offset, length: 1)
            }
            return .className(value)
        case .delim("#"):
            throw SelectorError(message: CSSMessage.expectedIDName, offset: token.offset, length: 1)
        case .leftBracket:
            return .attribute(try parseAttributeSelector(opener: token))
        default:
            return .pseudoClass(try parsePseudoClass(colon: token, context))
        }
    }

    /// The "expected a selector" error at `found`, or at `anchor` when the text ended.
    func expectedSelector(found: CSSToken, after anchor: CSSToken?, context: ListContext) -> SelectorError {
        if let hint = classNameHint(found) { return hint }
        let message: String
        if let anchor, anchor.kind == context.opener?.kind, anchor.offset == context.opener?.offset {
            message = CSSMessage.expectedSelectorInside(context.name)
        } else if let anchor {
            message = CSSMessage.expectedSelectorAfter(describe(anchor))
        } else {
            message = CSSMessage.expectedSelector(found: describe(found))
        }
        let at = found.isEnd ? (anchor ?? found) : found
        return SelectorError(message: message, offset: at.offset, length: max(at.isEnd ? 0 : 1, at.length))
    }
}
