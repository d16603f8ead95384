import CDP
import Foundation
import WTRuntime

extension BrowserDriver {
    /// Runs an action that may start a navigation; if one starts, waits for its load event.
    func navigation(timeout: Duration, _ action: () async throws(StepError) -> Void) async throws(StepError) {
        // Only the main frame counts: a click that creates or reloads an iframe is an in-page action.
        let main = try await mainFrameID()
        let requested = session.waiter(for: PageCommands.FrameRequestedNavigation.self) { $0.frameId == main }
        let started = session.waiter(for: PageCommands.FrameStartedLoading.self) { $0.frameId == main }
        let loaded = session.waiter(for: Page.LoadEventFired.self)
        try await action()
        // A navigation the action caused was requested while the input was handled, so its event is
        // already here; the short grace covers one started just after (a script reacting to the event).
        let navigating: Bool
        do {
            _ = try await requested.wait(timeout: Self.navigationGrace)
            navigating = true
        } catch {
            navigating = (try? await started.wait(timeout: .milliseconds(1))) != nil
        }
        guard navigating else { return }
        do {
            _ = try await loaded.wait(timeout: timeout)
        } catch {
            throw Self.stepError(error, doing: "waiting for the page to load", timeout: timeout)
        }
    }

    /// How long after an action a navigation may still start and be waited for.
    static let navigationGrace: Duration = .milliseconds(40)

    func mainFrameID() async throws(StepError) -> String {
        try await Self.call(session, Page.GetFrameTree()).frameTree.frame.id
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
