import Synchronization
import WTExtract
import WTRuntime

/// Compiles locator choices to libxml2 selectors once per run and process: programs reuse the same
/// locators on every page, and compiling CSS is most of the cost of a small extraction.
final class SelectorCache: Sendable {
    static let shared = SelectorCache()
    private let compiled = Mutex<[ResolvedLocator.Choice: CompiledSelector]>([:])

    func selector(for choice: ResolvedLocator.Choice) throws(StepError) -> CompiledSelector {
        if let hit = compiled.withLock({ $0[choice] }) { return hit }
        let made: CompiledSelector
        do {
            switch choice {
            case .css(let css): made = try CompiledSelector(css: css)
            default:
                let xpath = try LocatorXPath.xpath(for: choice) { css throws(StepError) in css }
                made = try CompiledSelector(xpath: xpath)
            }
        } catch let error as ExtractError {
            throw StepError(.programError, "invalid locator \(ResolvedLocator(choices: [choice])): \(error.message)")
        } catch {
            throw StepError(.programError, "invalid locator \(ResolvedLocator(choices: [choice])): \(error)")
        }
        compiled.withLock { $0[choice] = made }
        return made
    }
}
