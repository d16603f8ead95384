import WTRuntime
import WTSyntax

/// Visibility, form values and number reading go straight to the page: they are cheap and rare, so they
/// are not memoised like counts and extractions.
extension ReplaySnapshot {
    func visibleCount(_ locator: ResolvedLocator, scope: [ResolvedLocator]) throws(StepError) -> Int {
        try page.visibleCount(locator, scope: scope)
    }

    func formValue(_ locator: ResolvedLocator, scope: [ResolvedLocator]) throws(StepError) -> String? {
        try page.formValue(locator, scope: scope)
    }

    func read(_ text: String, as kind: WTSyntax.FieldKind) throws(StepError) -> Value {
        try page.read(text, as: kind)
    }
}
