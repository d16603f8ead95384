import WTExtract
import WTRuntime
import WTTrace

extension TraceRecorder {
    /// The element `locator` finds in the page before the step, or nil when it finds none there.
    func describe(_ locator: ResolvedLocator, scope: [ResolvedLocator], in snapshot: any PageSnapshot)
        -> TraceElement?
    {
        guard let page = snapshot as? LibXMLSnapshot,
            let node = try? page.matches(locator, scope: scope).nodes.first
        else { return nil }
        return ElementDescriber.describe(node, selectors: ElementDescriber.selectors(of: locator))
    }

    /// The `within` chain, outermost first, each element found inside the previous one.
    func describeScope(_ scope: [ResolvedLocator], in snapshot: any PageSnapshot) -> [TraceElement] {
        scope.indices.compactMap { i in describe(scope[i], scope: Array(scope[..<i]), in: snapshot) }
    }
}
