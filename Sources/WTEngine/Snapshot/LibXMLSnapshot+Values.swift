import WTExtract
import WTRuntime
import WTSyntax

/// XPath locators that yield a string, number or boolean instead of elements (`substring-after(…)`,
/// `count(…)`, `boolean(…)`): the value kinds read them, the element kinds say why they cannot.
extension LibXMLSnapshot {
    /// The compiled choice of `locator` that yields a value rather than nodes, if the first failing choice
    /// does.
    func valueSelector(_ locator: ResolvedLocator, in context: Node?) -> CompiledSelector? {
        for choice in locator.choices {
            guard case .xpath = choice, let selector = try? SelectorCache.shared.selector(for: choice) else {
                continue
            }
            do {
                _ = try document.select(selector, in: context)
            } catch {
                if error.id == "extract.not-nodes" { return selector }
            }
        }
        return nil
    }

    /// `text`, `texts`, `number`, `int`, `date`, `exists` and `count` of a value XPath.
    func readValue(_ field: FieldRequest, _ selector: CompiledSelector, in context: Node?) throws(StepError)
        -> Value
    {
        switch field.kind {
        case .text, .texts, .number, .int, .date, .exists, .count:
            do {
                let kind = ValueConversion.kind(field.kind, attribute: field.attribute)
                return ValueConversion.value(
                    try document.extract(kind, selector, in: context, optional: field.optional))
            } catch {
                throw stepError(error, field.locator)
            }
        default:
            throw StepError(
                .other,
                "\(field.locator) yields a value (text, a number or true/false), not elements, so '\(field.kind.rawValue)' "
                    + "cannot read it; read the value with text, number, int or date")
        }
    }

    /// A value XPath as a count: a number as itself, false, zero or empty text as 0, anything else as 1.
    func valueCount(_ selector: CompiledSelector, _ locator: ResolvedLocator, in context: Node?) throws(StepError)
        -> Int
    {
        do {
            guard case .bool(true) = try document.extract(.exists, selector, in: context) else { return 0 }
            guard case .int(let n) = try document.extract(.count, selector, in: context) else { return 1 }
            return n
        } catch {
            throw stepError(error, locator)
        }
    }
}
