import WTExtract
import WTSema
import WTSyntax
import WTTrace

/// Reads a field the way the runtime does (`LibXMLSnapshot` and `ValueConversion` in WTEngine, then the
/// conversion to the declared type in WTRuntime), so a plan verified here outputs the same JSON in a run.
/// WTCompiler may not import those modules; the few rules are repeated here and kept in step with them.
enum FieldRunner {
    /// A field plan with its selector compiled once for all the pages it is tried on.
    struct Compiled {
        var plan: FieldPlan
        var selector: CompiledSelector

        init(_ plan: FieldPlan, selectors: SelectorCache = SelectorCache()) throws(ExtractError) {
            self.plan = plan
            selector = try selectors.compile(plan.selector).get()
        }
    }

    /// Why the runtime would fail the step.
    struct Problem: Error {
        var message: String
    }

    /// The JSON the runtime would output for the field read in `context` (the page when nil) and
    /// converted to `type`, or why the step would fail.
    static func run(_ field: Compiled, type: WTType, in context: Node?, on page: ExamplePage) -> Result<
        JSONValue, Problem
    > {
        let optional = type.isOptional
        let extracted: ExtractedValue
        do {
            if field.plan.kind == .html {
                // `html` is the inner HTML of the first match in the language.
                guard let first = try page.document.select(field.selector, in: context).first else {
                    return optional ? .success(.null) : .failure(Problem(message: "nothing matches"))
                }
                extracted = .string(first.innerHTML)
            } else {
                extracted = try page.document.extract(
                    kind(field.plan), field.selector, in: context, optional: optional)
            }
        } catch {
            return .failure(Problem(message: error.message))
        }
        return DeclaredType.fit(extracted, to: type)
    }

    /// `run`, once per plan (its name aside), type and context on a page.
    static func runOnce(_ field: Compiled, type: WTType, in context: Node?, on page: ExamplePage) -> Result<
        JSONValue, Problem
    > {
        let plan = field.plan
        let key = PageMemo.Run(
            context: context, kind: plan.kind, attribute: plan.attribute, selector: plan.selector, type: type)
        if let done = page.memo.runs[key] { return done }
        let result = run(field, type: type, in: context, on: page)
        page.memo.runs[key] = result
        return result
    }

    /// The language's field kind as WTExtract's, as the runtime reads it (`ValueConversion.kind`).
    static func kind(_ plan: FieldPlan) -> WTExtract.FieldKind {
        WTExtract.FieldKind(keyword: plan.kind.rawValue, attribute: plan.attribute) ?? .text
    }
}
