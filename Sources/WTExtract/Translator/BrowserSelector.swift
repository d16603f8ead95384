import WTSelector

/// How the browser driver runs a CSS locator so that it means in Chromium what it means over HTTP.
///
/// Decision: a selector in the dialect Chromium itself accepts goes to `querySelectorAll` as written —
/// native, the fastest, and it keeps the driver's piercing of open shadow roots at descendant
/// combinators. Only a selector that uses one of our extensions (`:contains()`, `::text`, `::attr()`,
/// `[a!=v]`), which `querySelectorAll` rejects with a SyntaxError, is translated to XPath
/// (`CSSToXPath.browserTranslation`) and evaluated with `document.evaluate` on the document and in each
/// open shadow root (combinators do not cross shadow boundaries on this route). Its standard
/// pseudo-classes become marker attributes set from `querySelectorAll` just before, so they keep the
/// browser's live meaning (a box the user ticked is `:checked`) and nothing non-portable (`wt:`
/// functions, `$scope`) reaches the page. Measured by `SelectorBothModesTests` ("locate cost") on 1,500
/// rows (~6,000 elements): about 2–6 ms per locate natively, 8–16 ms on the XPath route, so only the
/// selectors that need it pay for it.
public enum BrowserSelector {
    /// The XPath and markers for `css` when it needs the XPath route; nil when native CSS serves (or when
    /// `css` does not parse: the browser then reports the error itself).
    public static func xpathRoute(for css: String) -> Route? {
        guard let list = try? CSSSelectorParser.parse(css), usesExtensions(list),
            let standard = try? CSSToXPath.translation(of: list, dialect: .browser),
            let quirks = try? CSSToXPath.translation(of: list, dialect: .browser, quirks: true)
        else { return nil }
        return Route(
            xpath: standard.xpath, quirksXPath: standard.usesNames ? quirks.xpath : nil, marks: standard.marks)
    }

    /// The XPath route of one selector.
    public struct Route: Sendable, Hashable {
        /// The XPath for `document.evaluate`.
        public var xpath: String
        /// For a page in quirks mode (`document.compatMode == 'BackCompat'`), when the selector tests a
        /// class or an id: the XPath comparing them ASCII case-insensitively, as quirks mode does.
        public var quirksXPath: String?
        /// The CSS of each marker attribute (see `CSSToXPath.browserTranslation(of:)`).
        public var marks: [String]
    }

    /// Whether `list` uses a selector `querySelectorAll` does not know.
    public static func usesExtensions(_ list: SelectorList) -> Bool {
        list.selectors.contains { usesExtensions($0) }
    }

    static func usesExtensions(_ selector: ComplexSelector) -> Bool {
        switch selector.pseudoElement {
        case .text?, .attr?: return true
        case .other?, nil: break
        }
        return selector.compounds.contains { compound in compound.subclasses.contains { usesExtensions($0) } }
    }

    static func usesExtensions(_ simple: SimpleSelector) -> Bool {
        switch simple {
        case .attribute(let attribute): return attribute.match?.op == .notEquals
        case .pseudoClass(let pseudo): return usesExtensions(pseudo)
        case .id, .className: return false
        }
    }

    static func usesExtensions(_ pseudo: PseudoClass) -> Bool {
        switch pseudo {
        case .contains: return true
        case .nthChild(_, let list?), .nthLastChild(_, let list?), .is(let list), .where(let list), .not(let list):
            return usesExtensions(list)
        case .has(let relatives): return relatives.contains { usesExtensions($0.selector) }
        default: return false
        }
    }
}
