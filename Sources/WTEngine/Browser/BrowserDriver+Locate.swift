import CDP
import Foundation
import WTRuntime

extension BrowserDriver {
    /// What one look for an element found: the element, or why there is none yet.
    enum Probe {
        case found(ActionTarget)
        case waiting(String)
    }

    /// Waits until the locator names exactly one element (or `first`) and returns it, scrolled into view.
    func located(_ locator: ResolvedLocator, scope: [ResolvedLocator], timeout: Duration) async throws(StepError)
        -> ActionTarget
    {
        try await actionable(locator, scope: scope, timeout: timeout, requireActionable: false)
    }

    /// Waits until the element is attached, visible, enabled, stable (same position on two polls) and is
    /// what a click at its centre would hit; fails at the deadline saying which of these did not hold.
    /// While the page is between documents (an earlier action started a navigation) it only waits: a
    /// document being replaced is "not yet", never a failure. `deadline` (default: `timeout` from now) is
    /// for a step that looks more than once; a failure names the step's `timeout`.
    func actionable(
        _ locator: ResolvedLocator, scope: [ResolvedLocator], timeout: Duration, requireActionable: Bool = true,
        until deadline: ContinuousClock.Instant? = nil
    ) async throws(StepError) -> ActionTarget {
        let profiled = PhaseProfile.start()
        defer { PhaseProfile.add(.actionability, since: profiled) }
        let clock = ContinuousClock()
        let deadline = deadline ?? clock.now.advanced(by: timeout)
        var last: ActionTarget?
        var reason = "no element matches \(locator)"
        var found = false
        while true {
            if let url = navigations.loading {
                reason = Self.loadingReason(url)
                last = nil
                found = false
            } else {
                switch try await probe(locator, scope: scope, settle: requireActionable) {
                case .found(let target):
                    if !requireActionable { return target }
                    guard let why = Self.notReady(target, previous: last) else { return target }
                    reason = "\(target.description) \(why)"
                    last = target
                    found = true
                case .waiting(let why):
                    reason = why
                    found = false
                }
            }
            guard clock.now < deadline else {
                throw StepError(
                    .timeout, "\(reason) (waited \(Self.format(timeout)))",
                    pageSummary: found ? nil : await summary(for: locator))
            }
            try? await Task.sleep(for: poll)
        }
    }

    /// The page's summary with what it has of the kinds `locator` asks for (labels, button names, …),
    /// read from a snapshot as the HTTP driver reads its document; nil when the page cannot be read.
    func summary(for locator: ResolvedLocator) async -> String? {
        // A page still loading at the deadline has nothing to list, and reading it would wait once more.
        guard navigations.loading == nil, let page = try? await snapshot() as? LibXMLSnapshot else { return nil }
        return page.summary(for: locator)
    }

    /// One look for the element. Resolves the scope chain from the top document; where the chain enters a
    /// frame this context cannot reach (cross-origin), it goes on in that frame's own context. The point
    /// found in the innermost frame is then lifted out frame by frame to top-level coordinates (where real
    /// input events go), each parent checking that the point reaches its iframe.
    /// With `settle`, the innermost look waits one animation frame and says whether the element stayed put.
    func probe(_ locator: ResolvedLocator, scope: [ResolvedLocator], settle: Bool = false) async throws(StepError)
        -> Probe
    {
        var context = top
        var rest = scope[...]
        var parents: [FrameContext] = []
        while true {
            let spec = LocatorSpec.source(LocatorSpec.json(locator, scope: Array(rest)))
            let answer: JSON?
            do {
                let function = settle ? "settledTarget" : "target"
                answer = try await evaluateUnlessReplaced(
                    "window.__wtc ? window.__wtc.\(function)(\(spec)) : {error: 'script'}", in: context,
                    awaitPromise: settle)
            } catch {
                // A frame's world goes away when the frame navigates; the next look finds the new one.
                if parents.isEmpty { throw error }
                answer = nil
            }
            guard let result = answer else {
                return .waiting("the document was being replaced while looking for \(locator)")
            }
            if result["error"]?.stringValue == "loading" {
                return .waiting("the document had no content yet while looking for \(locator)")
            }
            if let frame = result["frame"]?.stringValue, let skip = result["rest"]?.intValue {
                guard let inner = await frameContext(heldBy: "window.__wtcFrame", in: context) else {
                    return .waiting("\(locator) is to be found in the frame \(frame), which has no document yet")
                }
                rest = rest.dropFirst(skip)
                parents.append(context)
                context = inner
                continue
            }
            try Self.checkAmbiguous(result, locator)
            guard var target = ActionTarget(result) else {
                guard let scopeLocator = result["locator"]?.stringValue else {
                    return .waiting("no element matches \(locator)")
                }
                return .waiting("the scope \(scopeLocator) matches \(result["count"]?.intValue ?? 0) elements")
            }
            if parents.isEmpty { return .found(target) }
            target.context = context
            return await lift(target, outOf: parents)
        }
    }

    /// Lifts a frame-local target to top-level coordinates through the contexts that handed the scope
    /// chain on (outermost first), innermost parent first: each adds its iframe's content-box offset and
    /// checks that its iframe is what a click at the point hits.
    private func lift(_ target: ActionTarget, outOf parents: [FrameContext]) async -> Probe {
        var target = target
        for parent in parents.reversed() {
            let script = "window.__wtc.frameHit(\(target.x), \(target.y))"
            guard target.x.isFinite, target.y.isFinite, let hit = try? await evaluate(script, in: parent),
                target.lift(hit)
            else {
                return .waiting("the frame around \(target.description) went away")
            }
        }
        return .found(target)
    }

    static func checkAmbiguous(_ result: JSON, _ locator: ResolvedLocator) throws(StepError) {
        guard result["error"]?.stringValue == "ambiguous" else { return }
        let candidates = result["candidates"]?.arrayValue?.compactMap(\.stringValue) ?? []
        throw StepError(
            .ambiguous,
            "\(locator) matches \(result["count"]?.intValue ?? 0) elements (\(candidates.joined(separator: ", "))); "
                + "make it more specific, or write 'first' to take the first")
    }

    /// Why an element cannot take an action yet, or nil when it can.
    static func notReady(_ target: ActionTarget, previous: ActionTarget?) -> String? {
        if !target.visible { return "is not visible" }
        if !target.enabled { return "is disabled" }
        if let previous, previous.x != target.x || previous.y != target.y { return "is still moving" }
        if previous == nil, !target.stable { return "was just found (waiting one poll to see it is stable)" }
        if !target.receives { return "is covered by \(target.hitBy ?? "another element")" }
        return nil
    }
}
