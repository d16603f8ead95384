import CDP
import Foundation
import WTRuntime

extension BrowserDriver {
    /// Runs an action that may start a navigation (a link, a submit, an `onchange` that submits, a script
    /// setting `location`); if one starts, waits for the new document's load event within `timeout`.
    func navigation(timeout: Duration, _ action: () async throws(StepError) -> Void) async throws(StepError) {
        try await navigation(timeout: timeout) { () async throws(StepError) -> Bool in
            try await action()
            return false
        }
    }

    /// `navigation`, for an action that answers whether the page said it requested a navigation to another
    /// document (`PageScript.clickGuard`): then the wait for the browser to report it is longer
    /// (`requestedNavigationGrace`), as a loaded machine may report it late.
    func navigation(
        timeout: Duration, until deadline: ContinuousClock.Instant? = nil, _ action: () async throws(StepError) -> Bool
    ) async throws(StepError) {
        let clock = ContinuousClock()
        let deadline = deadline ?? clock.now.advanced(by: timeout)
        // Only the main frame counts: a click that creates or reloads an iframe is an in-page action.
        _ = try await mainFrameID()
        let before = navigations.started
        let acting = PhaseProfile.start()
        let requested = try await action()
        PhaseProfile.add(.input, since: acting)
        // A navigation the action caused was requested while the input was handled, so its event is
        // almost always here already; the short grace covers one started just after (a form submitted
        // from a task, a script reacting to the event). Later ones are caught by the next look at the page.
        let grace = min(
            deadline, clock.now.advanced(by: requested ? Self.requestedNavigationGrace : Self.navigationGrace))
        let graceStart = PhaseProfile.start()
        while navigations.started == before, clock.now < grace {
            try? await Task.sleep(for: .milliseconds(5))
        }
        PhaseProfile.add(.quiet, since: graceStart)
        guard navigations.started != before else { return }
        try await settled(until: deadline, timeout: timeout)
    }

    /// Waits while the main frame is between documents (`NavigationWatch`); fails at `deadline` naming the
    /// URL that did not finish loading.
    func settled(until deadline: ContinuousClock.Instant, timeout: Duration) async throws(StepError) {
        let profiled = navigations.loading == nil ? nil : PhaseProfile.start()
        defer { PhaseProfile.add(.navigation, since: profiled) }
        let started = ContinuousClock.now
        while let url = navigations.loading {
            guard ContinuousClock.now < deadline else {
                throw StepError(.timeout, Self.loadingTimeout(url, loading: ContinuousClock.now - started, timeout))
            }
            do {
                try await Task.sleep(for: Self.settlePoll)
            } catch {
                // Cancelled: a sleep that no longer sleeps would spin this loop until the deadline.
                throw StepError(.other, "cancelled while \(Self.loadingReason(url))")
            }
        }
    }

    /// Why a step that was waiting for the next document failed. When most of the step's deadline went
    /// before the document started loading (finding the element, a busy machine), the message says how long
    /// the page had been loading, so the page is not blamed for time spent elsewhere.
    static func loadingTimeout(_ url: String, loading: Duration, _ timeout: Duration) -> String {
        guard loading < timeout / 2 else { return "\(loadingReason(url)) (waited \(format(timeout)))" }
        let loaded = Duration.milliseconds(Int64(loading / .milliseconds(1)))
        return "\(loadingReason(url)) when the step's \(format(timeout)) deadline passed; it had been loading for "
            + format(loaded)
    }

    /// What a step waits for while the page is between documents.
    static func loadingReason(_ url: String) -> String {
        url.isEmpty ? "the page was still loading its next document" : "the page was still loading \(url)"
    }

    /// How often a wait for the next document looks at the watch: the events arrive on the transport's
    /// thread, so a short interval costs a few wake-ups and gives the load back within milliseconds.
    static let settlePoll: Duration = .milliseconds(5)

    /// How long after an action a navigation may still start and be waited for.
    static let navigationGrace: Duration = .milliseconds(40)
    /// How long the browser may take to report a navigation the page said the action requested.
    static let requestedNavigationGrace: Duration = .seconds(2)

    func mainFrameID() async throws(StepError) -> String {
        if let known = navigations.mainFrameID { return known }
        let id = try await Self.call(session, Page.GetFrameTree()).frameTree.frame.id
        navigations.mainFrame(id)
        return id
    }

    func mouseClick(x: Double, y: Double) async throws(StepError) {
        for type in ["mouseMoved", "mousePressed", "mouseReleased"] {
            let event = Input.DispatchMouseEvent(
                type: type, x: x, y: y, button: type == "mouseMoved" ? nil : "left",
                clickCount: type == "mouseMoved" ? nil : 1)
            try await Self.call(session, event)
        }
    }

    func sendKey(_ combination: String) async throws(StepError) {
        var parts = combination.split(separator: "+", omittingEmptySubsequences: false).map(String.init)
        let key = parts.popLast().map { $0.isEmpty ? "+" : $0 } ?? combination
        let modifiers = KeyTable.modifiers(parts)
        let info = KeyTable.event(for: key)
        let text = modifiers & ~8 == 0 ? info.text : nil
        try await Self.call(
            session,
            Input.DispatchKeyEvent(
                type: text == nil ? "rawKeyDown" : "keyDown", modifiers: modifiers, text: text, key: key,
                code: info.code, windowsVirtualKeyCode: info.keyCode))
        try await Self.call(
            session,
            Input.DispatchKeyEvent(
                type: "keyUp", modifiers: modifiers, key: key, code: info.code, windowsVirtualKeyCode: info.keyCode))
    }

    @discardableResult
    static func call<C: CDPCommand>(_ session: CDPSession, _ command: C) async throws(StepError) -> C.Response {
        do {
            return try await session.send(command)
        } catch {
            throw stepError(error, doing: C.method, timeout: session.defaultTimeout)
        }
    }

    static func stepError(_ error: CDPError, doing what: String, timeout: Duration) -> StepError {
        switch error.kind {
        case .browserClosed: StepError(.unavailable, "the browser closed while \(what): \(error)")
        case .timedOut: StepError(.timeout, "\(what) did not finish within \(format(timeout))")
        default: StepError(.other, "\(what) failed: \(error)")
        }
    }

    static func format(_ d: Duration) -> String {
        let ms = d.components.seconds * 1000 + d.components.attoseconds / 1_000_000_000_000_000
        return ms % 1000 == 0 ? "\(ms / 1000)s" : "\(ms)ms"
    }
}
