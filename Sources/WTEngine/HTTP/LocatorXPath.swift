import WTExtract
import WTRuntime

/// Locator choices as XPath over a static document: CSS goes through the caller's translator, the
/// semantic kinds through `SemanticXPath`, shared with the trace recorder and the compiler.
enum LocatorXPath {
    static func xpath(for choice: ResolvedLocator.Choice, css: (String) throws(StepError) -> String)
        throws(StepError) -> String
    {
        switch choice {
        case .css(let selector): return try css(selector)
        case .xpath(let expression): return expression
        case .testid(let id): return SemanticXPath.testid(id)
        case .placeholder(let text): return SemanticXPath.placeholder(text)
        case .label(let text, let exact): return SemanticXPath.labelled(text, exact: exact)
        case .text(let text, let exact):
            return exact ? SemanticXPath.exactText(text) : SemanticXPath.containingText(text)
        case .role(let role, let name, let exact): return SemanticXPath.roleXPath(role, name: name, exact: exact)
        }
    }

    static func literal(_ text: String) -> String { SemanticXPath.literal(text) }
}
