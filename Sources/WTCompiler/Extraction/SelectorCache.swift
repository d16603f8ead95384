import WTExtract

/// CSS selectors compiled once per compile: the searches try the same candidates for every record of
/// every example page, and a site's extractions share most of them.
final class SelectorCache {
    private var compiled: [String: Result<CompiledSelector, ExtractError>] = [:]

    /// `CompiledSelector` of a plan's selector (CSS, or XPath as `SelectorText.isXPath` tells), or the
    /// error it throws.
    func compile(_ css: String) -> Result<CompiledSelector, ExtractError> {
        if let done = compiled[css] { return done }
        let result: Result<CompiledSelector, ExtractError>
        do {
            result = .success(try CompiledSelector(SelectorText.selector(css)))
        } catch {
            result = .failure(error)
        }
        compiled[css] = result
        return result
    }
}
