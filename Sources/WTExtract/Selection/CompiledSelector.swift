import WTSelector

/// A locator as written in a program: CSS (the default) or XPath.
public enum Selector: Sendable, Hashable, CustomStringConvertible {
    /// A CSS selector list, with `::text` and `::attr(name)` allowed at the end.
    case css(String)
    /// An XPath 1.0 expression, used as is.
    case xpath(String)

    /// The selector as written (`xpath` ones prefixed), for messages.
    public var description: String {
        switch self {
        case .css(let text): text
        case .xpath(let text): "xpath \(text)"
        }
    }

    var text: String {
        switch self {
        case .css(let text), .xpath(let text): text
        }
    }
}

/// A selector checked and translated once, ready to evaluate against any number of documents.
///
/// CSS is parsed by `CSSSelectorParser`, translated by `CSSToXPath` and compiled by libxml2 to catch
/// problems early; XPath is checked by `XPathSyntax` and libxml2. Most CSS (type, id, class, attribute,
/// combinators, structural pseudo-classes) also gets a `MatchPlan`, evaluated by walking the tree
/// instead of running the XPath; both select the same nodes. Documents compile the XPath again when they
/// need it (libxml2 writes per-expression state during evaluation, so a compiled expression is never
/// shared between documents or threads).
public struct CompiledSelector: Sendable, Hashable, CustomStringConvertible {
    /// The selector as written.
    public let selector: Selector
    /// The XPath evaluated.
    public let xpath: String
    /// The pseudo-element every selector of a CSS list ends with, if they agree: `::text` selects text
    /// nodes, `::attr(name)` attribute nodes.
    public let pseudoElement: PseudoElement?
    /// The XPath reads `$scope`, bound to the context element when evaluated.
    let usesScope: Bool
    /// For a quirks-mode document, when the selector tests a class or an id: the XPath comparing them
    /// ASCII case-insensitively (evaluated instead of `xpath` and the plan).
    let quirksXPath: String?
    /// The same selection done by walking the tree, for the selector shapes `MatchPlan` covers.
    var plan: MatchPlan?

    /// Checks and translates `selector`.
    ///
    /// - Throws: `ExtractError` (`extract.invalid-selector`) quoting the selector and the problem.
    public init(_ selector: Selector) throws(ExtractError) {
        self.selector = selector
        switch selector {
        case .css(let css):
            let list: SelectorList
            do {
                list = try CSSSelectorParser.parse(css)
            } catch {
                throw ExtractMessage.invalidCSS(css, error.message)
            }
            let translation = try CSSToXPath.translation(of: list, dialect: .engine)
            xpath = translation.xpath
            usesScope = translation.usesScope
            quirksXPath =
                translation.usesNames
                ? try CSSToXPath.translation(of: list, dialect: .engine, quirks: true).xpath : nil
            let pseudo = Set(list.selectors.map(\.pseudoElement))
            pseudoElement = pseudo.count == 1 ? pseudo.first ?? nil : nil
            plan = MatchPlan(list)
        case .xpath(let text):
            do {
                try XPathSyntax.validate(text)
            } catch {
                throw ExtractMessage.invalidXPath(text, error.message)
            }
            xpath = text
            usesScope = text.contains("$scope")
            quirksXPath = nil
            pseudoElement = nil
            plan = nil
        }
        if let problem = XPathSession.compileProblem(xpath) {
            throw ExtractMessage.invalidXPath(selector.text, problem)
        }
    }

    /// Compiles a CSS selector.
    public init(css: String) throws(ExtractError) { try self.init(.css(css)) }

    /// Compiles an XPath expression.
    public init(xpath: String) throws(ExtractError) { try self.init(.xpath(xpath)) }

    /// The selector as written.
    public var description: String { selector.description }
}
