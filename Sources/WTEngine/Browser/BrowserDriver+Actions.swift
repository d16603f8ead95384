import CDP
import Foundation
import WTRuntime

/// What the page script reports about the element a step acts on.
struct ActionTarget: Sendable {
    var tag: String
    var type: String
    var visible: Bool
    var enabled: Bool
    var x: Double
    var y: Double
    var receives: Bool
    var hitBy: String?
    var checked: Bool
    var editable: Bool
    var description: String

    init?(_ json: JSON) {
        guard let tag = json["tag"]?.stringValue, let x = json["x"]?.doubleValue, let y = json["y"]?.doubleValue else {
            return nil
        }
        self.tag = tag
        self.type = json["type"]?.stringValue ?? ""
        self.visible = json["visible"]?.boolValue ?? false
        self.enabled = json["enabled"]?.boolValue ?? false
        self.x = x
        self.y = y
        self.receives = json["receives"]?.boolValue ?? false
        self.hitBy = json["hitBy"]?.stringValue
        self.checked = json["checked"]?.boolValue ?? false
        self.editable = json["editable"]?.boolValue ?? false
        self.description = json["description"]?.stringValue ?? "<\(tag)>"
    }
}

extension BrowserDriver {
    /// Waits until the locator names exactly one element (or `first`) and returns it, scrolled into view.
    func located(_ locator: ResolvedLocator, scope: [ResolvedLocator], timeout: Duration) async throws(StepError)
        -> ActionTarget
    {
        try await actionable(locator, scope: scope, timeout: timeout, requireActionable: false)
    }

    /// Waits until the element is attached, visible, enabled, stable (same position on two polls) and is
    /// what a click at its centre would hit; fails at the deadline saying which of these did not hold.
    func actionable(
        _ locator: ResolvedLocator, scope: [ResolvedLocator], timeout: Duration, requireActionable: Bool = true
    ) async throws(StepError) -> ActionTarget {
        let spec = LocatorSpec.source(LocatorSpec.json(locator, scope: scope))
        let clock = ContinuousClock()
        let deadline = clock.now.advanced(by: timeout)
        var last: ActionTarget?
        var reason = "no element matches \(locator)"
        while true {
            let result = try await evaluate("window.__wtc ? window.__wtc.target(\(spec)) : {error: 'script'}")
            if result["error"]?.stringValue == "ambiguous" {
                let candidates = result["candidates"]?.arrayValue?.compactMap(\.stringValue) ?? []
                throw StepError(
                    .ambiguous,
                    "\(locator) matches \(result["count"]?.intValue ?? 0) elements (\(candidates.joined(separator: ", "))); "
                        + "make it more specific, or write 'first' to take the first")
            }
            if let target = ActionTarget(result) {
                if !requireActionable { return target }
                if let why = Self.notReady(target, previous: last) {
                    reason = "\(target.description) \(why)"
                } else {
                    return target
                }
                last = target
            } else if let scopeLocator = result["locator"]?.stringValue {
                reason = "the scope \(scopeLocator) matches \(result["count"]?.intValue ?? 0) elements"
            }
            guard clock.now < deadline else {
                throw StepError(.timeout, "\(reason) (waited \(Self.format(timeout)))")
            }
            try? await Task.sleep(for: poll)
        }
    }

    /// Why an element cannot take an action yet, or nil when it can.
    static func notReady(_ target: ActionTarget, previous: ActionTarget?) -> String? {
        if !target.visible { return "is not visible" }
        if !target.enabled { return "is disabled" }
        if let previous, previous.x != target.x || previous.y != target.y { return "is still moving" }
        if previous == nil { return "was just found (waiting one poll to see it is stable)" }
        if !target.receives { return "is covered by \(target.hitBy ?? "another element")" }
        return nil
    }

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

    /// Evaluates `expression` in the page and returns its value; a script exception is a step error.
    func evaluate(_ expression: String, awaitPromise: Bool = false) async throws(StepError) -> JSON {
        let command = Runtime.Evaluate(expression: expression, returnByValue: true, awaitPromise: awaitPromise)
        let result = try await Self.call(session, command)
        if let exception = result.exceptionDetails {
            throw StepError(.other, "the page script failed: \(exception.message)")
        }
        return result.result.value ?? .null
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
