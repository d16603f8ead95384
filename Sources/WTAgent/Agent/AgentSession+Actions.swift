import Foundation
import WTRuntime

/// The page actions and looks of the agent's tools.
extension AgentSession {
    /// An action on the page, by the tool that asked for it.
    enum Action {
        case open(String), click, fill(String), select(String), check(Bool), press(String), scroll, back
    }

    /// Carries out `action` (on the element `ref` names, when given), notes the ref on the recorded step,
    /// and answers with what changed on the page.
    mutating func act(_ action: Action, ref: String?) async throws(ToolError) -> ToolOutcome {
        let target = try await ref.asyncMap { ref async throws(ToolError) in try await locate(ref) }
        let before = setup.recorder.stepCount
        let quiet = setup.driver as? any PageQuiet
        await quiet?.watchActivity()
        do {
            try await perform(action, target)
            await settle(quiet)
        } catch {
            if let ref, setup.recorder.stepCount > before { setup.recorder.actedOn(ref: ref, step: before) }
            throw ToolError(scrub(error.message))
        }
        if let ref, setup.recorder.stepCount > before { setup.recorder.actedOn(ref: ref, step: before) }
        extractions.actionHappened()
        return .answer(try await observe(full: false))
    }

    private func perform(_ action: Action, _ target: (locator: ResolvedLocator, scope: [ResolvedLocator])?)
        async throws(StepError)
    {
        let driver = setup.driver
        let timeout = setup.actionTimeout
        func element() throws(StepError) -> (locator: ResolvedLocator, scope: [ResolvedLocator]) {
            guard let target else { throw StepError(.other, AgentMessages.needsRef) }
            return target
        }
        switch action {
        case .open(let url): try await driver.open(url, timeout: timeout)
        case .back: try await driver.back(timeout: timeout)
        case .click: try await driver.click(try element().locator, scope: try element().scope, timeout: timeout)
        case .fill(let text):
            try await driver.fill(try element().locator, value: text, scope: try element().scope, timeout: timeout)
        case .select(let option):
            try await driver.select(
                try element().locator, by: .option, value: option, scope: try element().scope, timeout: timeout)
        case .check(let on):
            try await driver.setChecked(try element().locator, on, scope: try element().scope, timeout: timeout)
        case .press(let key):
            try await driver.press(key, on: target?.locator, scope: target?.scope ?? [], timeout: timeout)
        case .scroll: try await driver.scroll(to: target?.locator, scope: target?.scope ?? [], timeout: timeout)
        }
    }

    /// How long an action's answer waits for the page to go quiet, and how quiet is quiet: a scroll that
    /// loads the next batch, a click that fetches a panel, are answered with what they brought.
    static let settleLimit: Duration = .seconds(3)
    static let quietWindow: Duration = .milliseconds(300)

    /// Waits until no request is loading and the document has not changed for `quietWindow`, or
    /// `settleLimit` passed (a page that never stops changing is then observed as it is).
    private func settle(_ quiet: (any PageQuiet)?) async {
        guard let quiet else { return }
        let deadline = ContinuousClock.now + Self.settleLimit
        while ContinuousClock.now < deadline {
            if await quiet.isQuiet(for: Self.quietWindow) { return }
            try? await Task.sleep(for: .milliseconds(100))
        }
    }

    func locate(_ ref: String) async throws(ToolError) -> (locator: ResolvedLocator, scope: [ResolvedLocator]) {
        do {
            return try await pageObserver().locate(ref: ref)
        } catch {
            throw ToolError(error.message)
        }
    }

    /// The page in full, or what changed since the last observation, fenced as data.
    mutating func observe(full: Bool) async throws(ToolError) -> String {
        do {
            let seen = try await pageObserver().observe(
                since: full ? nil : lastObservation, maxTokens: setup.observationTokens, masked: masked)
            lastObservation = seen.sequence
            currentURL = seen.url
            return PageFence.wrap(seen)
        } catch {
            throw ToolError(AgentMessages.observeFailed(error.message))
        }
    }

    func lookCloser(_ ref: String) async throws(ToolError) -> String {
        do {
            let seen = try await pageObserver().lookCloser(at: ref, maxTokens: setup.observationTokens, masked: masked)
            return PageFence.wrap(seen)
        } catch {
            throw ToolError(error.message)
        }
    }

    func readText() async throws(ToolError) -> String {
        do {
            let text = try await pageObserver().pageText(maxTokens: setup.observationTokens, masked: masked)
            return PageFence.wrap(text: text)
        } catch {
            throw ToolError(error.message)
        }
    }

    /// A picture of the viewport, for what the text view cannot settle (a chart, a captcha-like image, layout).
    func screenshot() async throws(ToolError) -> ToolOutcome {
        guard let shooter = setup.driver as? any ScreenshotTaking, let png = await shooter.screenshot() else {
            throw ToolError(AgentMessages.noScreenshot)
        }
        return .picture(AgentMessages.screenshotTaken(currentURL ?? ""), png)
    }

    /// Waits until `text` shows in the page's text, up to the action timeout, looking every 250 ms.
    mutating func waitFor(text: String) async throws(ToolError) -> String {
        let deadline = ContinuousClock.now + setup.actionTimeout
        while true {
            let shown = (try? await pageObserver().pageText(maxTokens: 50_000, masked: masked)) ?? ""
            if shown.contains(text) { return AgentMessages.textShows(text) + "\n" + (try await observe(full: false)) }
            guard ContinuousClock.now < deadline else { throw ToolError(AgentMessages.waitTimedOut(text)) }
            try? await Task.sleep(for: .milliseconds(250))
        }
    }

    private func pageObserver() throws(StepError) -> any PageObserving {
        guard let observer = setup.driver as? any PageObserving else {
            throw StepError(.other, AgentMessages.cannotObserve)
        }
        return observer
    }

    /// `{name}` replaced by the parameter's value; an unknown name is an error the model can correct.
    func substitute(_ text: String) throws(ToolError) -> String {
        var out = ""
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            out += rest[..<open]
            let name = String(rest[rest.index(after: open)..<close])
            guard let value = setup.parameters[name] else { throw ToolError(AgentMessages.unknownParameter(name)) }
            out += value.text ?? ""
            rest = rest[rest.index(after: close)...]
        }
        return out + rest
    }

    /// A URL the model gave, parameters substituted, resolved against the current page, and passed by the
    /// navigation guard (a refused address is never opened: the model reads why as the tool's error).
    func resolveURL(_ text: String) throws(ToolError) -> String {
        let url = try substitute(text)
        let resolved: String
        if url.contains("://") {
            resolved = url
        } else {
            guard let base = URL(string: currentURL ?? ""), let relative = URL(string: url, relativeTo: base) else {
                throw ToolError(AgentMessages.badURL(url))
            }
            resolved = relative.absoluteString
        }
        if let refusal = setup.navigationGuard.refusal(for: resolved) {
            throw ToolError(AgentMessages.navigationRefused(refusal))
        }
        return resolved
    }

    /// Every secret value in `text`, in any of its forms, replaced by its `{name}`.
    func scrub(_ text: String) -> String { scrubber.scrub(text) }
}

extension Optional {
    /// `map` with an async, typed-throwing transform.
    fileprivate func asyncMap<U, E: Error>(_ transform: (Wrapped) async throws(E) -> U) async throws(E) -> U? {
        guard let value = self else { return nil }
        return try await transform(value)
    }
}
