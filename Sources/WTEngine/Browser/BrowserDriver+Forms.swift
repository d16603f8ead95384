import CDP
import WTRuntime
import WTSyntax

/// Form actions. Each may navigate as a side effect (an `onchange` that submits the form, a script that
/// moves on), so each runs inside `navigation`; and each tries again when the document is replaced between
/// finding the element and acting on it.
extension BrowserDriver {
    func fill(_ locator: ResolvedLocator, value: String, scope: [ResolvedLocator], timeout: Duration)
        async throws(StepError)
    {
        // The change event may submit the form (or a script may move on): the next step waits for it.
        try await navigation(timeout: timeout) { () async throws(StepError) in
            try await untilDone(timeout: timeout) { (left: Duration) async throws(StepError) in
                try await fillOnce(locator, value: value, scope: scope, timeout: left)
            }
        }
    }

    /// One try of `fill`; false when the document was replaced while filling.
    private func fillOnce(_ locator: ResolvedLocator, value: String, scope: [ResolvedLocator], timeout: Duration)
        async throws(StepError) -> Bool
    {
        let target = try await actionable(locator, scope: scope, timeout: timeout)
        guard ["input", "textarea"].contains(target.tag) || target.editable else {
            throw StepError(.other, "\(locator) is \(target.description), which cannot be filled in")
        }
        if Self.pickerTypes.contains(target.type) {
            // Date, time, colour and range inputs have no text to type into: set the value as the picker
            // would, with the events a picker fires.
            let script = """
                (() => { const e = window.__wtcLast; e.focus(); e.value = \(LocatorSpec.source(.string(value)));
                  e.dispatchEvent(new Event('input', {bubbles: true})); return e.value })()
                """
            guard let set = try await evaluateUnlessReplaced(script, in: target.context) else { return false }
            if set.stringValue != value {
                throw StepError(.other, "\(locator) is a \(target.type) input and does not accept \"\(value)\"")
            }
        } else {
            try await mouseClick(x: target.x, y: target.y)
            let cleared = try await evaluateUnlessReplaced(
                "(() => { const e = window.__wtcLast; e.focus(); if ('select' in e) e.select(); "
                    + "document.execCommand('delete'); return true })()", in: target.context)
            guard cleared != nil else { return false }
            try await Self.call(session, Input.InsertText(text: value))
        }
        // The value is in; a document replaced now was replaced by the change itself (a postback).
        _ = try await evaluateUnlessReplaced(
            "(() => { const e = window.__wtcLast; e.dispatchEvent(new Event('change', {bubbles: true})); return true })()",
            in: target.context)
        return true
    }

    func select(_ locator: ResolvedLocator, by: SelectBy, value: String, scope: [ResolvedLocator], timeout: Duration)
        async throws(StepError)
    {
        // A select whose `onchange` submits its form (a postback) navigates: the next step waits for it.
        try await navigation(timeout: timeout) { () async throws(StepError) in
            try await untilDone(timeout: timeout) { (left: Duration) async throws(StepError) in
                try await selectOnce(locator, by: by, value: value, scope: scope, timeout: left)
            }
        }
    }

    /// One try of `select`; false when the document was replaced between finding the element and choosing.
    private func selectOnce(
        _ locator: ResolvedLocator, by: SelectBy, value: String, scope: [ResolvedLocator], timeout: Duration
    ) async throws(StepError) -> Bool {
        let target = try await actionable(locator, scope: scope, timeout: timeout)
        guard target.tag == "select" else {
            throw StepError(.other, "\(locator) is \(target.description), not a <select>")
        }
        let field = by == .value ? "value" : "text"
        let script = """
            (() => { const e = window.__wtcLast; const want = \(LocatorSpec.source(.string(value)));
              const o = [...e.options].find((o) => (\(field == "value" ? "o.value" : "o.text.replace(/\\s+/g, ' ').trim()")) === want);
              if (!o) return [...e.options].slice(0, 10).map((o) => o.text);
              e.value = o.value; e.dispatchEvent(new Event('input', {bubbles: true}));
              e.dispatchEvent(new Event('change', {bubbles: true})); return true })()
            """
        guard let result = try await evaluateUnlessReplaced(script, in: target.context) else { return false }
        if case .array(let options) = result {
            let list = options.compactMap(\.stringValue).map { "\"\($0)\"" }.joined(separator: ", ")
            throw StepError(.notFound, "\(locator) has no option \"\(value)\"; it has \(list)")
        }
        return true
    }

    func setChecked(_ locator: ResolvedLocator, _ checked: Bool, scope: [ResolvedLocator], timeout: Duration)
        async throws(StepError)
    {
        let target = try await actionable(locator, scope: scope, timeout: timeout)
        guard target.tag == "input", ["checkbox", "radio"].contains(target.type) else {
            throw StepError(.other, "\(locator) is \(target.description), not a checkbox or radio button")
        }
        guard target.checked != checked else { return }
        try await navigation(timeout: timeout) { () async throws(StepError) in
            try await mouseClick(x: target.x, y: target.y)
        }
    }

    /// Runs `attempt` until it reports done (true), or fails once `timeout` has passed since the first try.
    /// The first try gets the whole `timeout`, a retry only the time that is left, so the step keeps its deadline.
    func untilDone(timeout: Duration, _ attempt: (Duration) async throws(StepError) -> Bool) async throws(StepError) {
        let clock = ContinuousClock()
        let deadline = clock.now.advanced(by: timeout)
        var left = timeout
        while try await !attempt(left) {
            guard clock.now < deadline else {
                throw StepError(
                    .timeout, "the page kept replacing its document while acting (waited \(Self.format(timeout)))")
            }
            try? await Task.sleep(for: poll)
            left = max(clock.now.duration(to: deadline), .milliseconds(1))
        }
    }
}
