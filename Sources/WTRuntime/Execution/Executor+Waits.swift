import WTDiagnostics
import WTSyntax

/// `wait for` and `scroll`: browser-only steps. Every wait polls a fresh page against a deadline on the
/// run's clock; nothing sleeps without a condition to look at afterwards, and a driver that can tell when
/// the page changes (`PageChanges`) ends each pause as soon as it does. The settle after each scroll of
/// `scroll until` also ends when a driver that can tell (`PageQuiet`) says the page has gone quiet.
extension Executor {
    /// What a poll waits for.
    enum Goal {
        case condition(Expr)
        /// More elements match than `count`.
        case moreThan(ResolvedLocator, Int)
    }

    mutating func waitFor(_ condition: Expr, _ timeout: DurationLiteral?) async throws(Interrupt) -> String {
        try requireBrowser("wait for")
        let text = Printer.print(condition)
        let start = context.clock.now()
        // In a browser, waiting for an element means waiting until a person can see it.
        seesOnlyVisible = true
        let held: Bool
        do {
            defer { seesOnlyVisible = false }
            held = try await poll(until: .condition(condition), for: deadline(timeout))
        }
        if held { return "wait for \(text)" + StepText.duration(timeout) }
        let waited = DurationText.format(context.clock.now() - start)
        var notes = await lastValues(in: condition).map { Diagnostic.Note($0, span: nil) }
        if let url = snapshot?.url { notes.append(Diagnostic.Note("on \(url)", span: nil)) }
        throw failure(
            RunMessages.waitTimedOut(text, waited: waited), help: snapshot.map { "the page had: \($0.summary())" },
            notes: notes)
    }

    /// What the page values in a condition read at its last look: `text "#status" was "Loading"`.
    private mutating func lastValues(in condition: Expr) async -> [String] {
        var queries: [Expr] = []
        PageValueQueries.collect(condition, into: &queries)
        var lines: [String] = []
        for query in queries.prefix(4) {
            guard let value = try? await evaluate(query) else { continue }
            let shown = value == .null ? "missing (nothing matched)" : value.json(pretty: false)
            lines.append(RunMessages.waitValue(Printer.print(query), shown))
        }
        return lines
    }

    mutating func scroll(_ scroll: Scroll) async throws(Interrupt) -> String {
        try requireBrowser("scroll")
        switch scroll {
        case .page:
            return try await act(.scroll(nil), "scroll", nil)
        case .to(let locator):
            let target = try resolve(locator)
            return try await act(.scroll(target), "scroll to \(target)", nil)
        case .untilNoNew(let locator, let max):
            return try await scrollUntilNoNew(try resolve(locator), max: try await intValue(max))
        case .until(let condition, let max):
            return try await scrollUntil(condition, max: try await intValue(max))
        }
    }

    /// Scrolls while scrolling makes more elements match, at most `max` times. "No new" takes two scrolls in a
    /// row that bring nothing: a page whose scroll handler or fetch starts only after one quiet window (a
    /// busy machine, a debounce) is caught by the second scroll, and a page that has ended costs one window.
    private mutating func scrollUntilNoNew(_ target: ResolvedLocator, max: Int) async throws(Interrupt) -> String {
        let summary = "scroll until no new \(target) max \(max)"
        snapshot = nil
        var seen = try await count(target, summary)
        var scrolls = 0
        var fruitless = 0
        while scrolls < max && fruitless < 2 {
            scrolls += 1
            if try await scrollAndSettle(until: .moreThan(target, seen), summary) {
                seen = try await count(target, summary)
                fruitless = 0
            } else {
                fruitless += 1
            }
        }
        return "\(summary): \(scrolls) \(scrolls == 1 ? "scroll" : "scrolls"), \(seen) found"
    }

    /// Scrolls until the condition holds, at most `max` times. Reaching the limit is not a failure: the
    /// bound is a safety net, and an `expect` after the step says what must hold.
    private mutating func scrollUntil(_ condition: Expr, max: Int) async throws(Interrupt) -> String {
        let summary = "scroll until \(Printer.print(condition)) max \(max)"
        snapshot = nil
        var scrolls = 0
        if !(try await holds(condition)) {
            while scrolls < max {
                scrolls += 1
                if try await scrollAndSettle(until: .condition(condition), summary) { break }
            }
        }
        return "\(summary): \(scrolls) \(scrolls == 1 ? "scroll" : "scrolls")"
    }

    /// Scrolls one screen, then waits for `goal` up to the settle time; true when it held. A driver that can
    /// tell when the page is quiet is told before the scroll, so what the scroll starts counts.
    private mutating func scrollAndSettle(until goal: Goal, _ summary: String) async throws(Interrupt) -> Bool {
        let quiet = driver as? any PageQuiet
        if case .moreThan(let list, _) = goal {
            await quiet?.watchActivity(growing: list, scope: scope)
        } else {
            await quiet?.watchActivity()
        }
        _ = try await act(.scroll(nil), summary, nil)
        return try await poll(until: goal, for: context.options.scrollSettleTimeout, quiet: quiet)
    }

    /// Reads a fresh page until `goal` holds or `limit` has passed; true when it held. The first look is
    /// immediate, then one every poll interval. With `quiet`, the wait also ends (false) when, after a look
    /// that found the goal unmet, the page has been quiet for the quiet window: nothing changed since that
    /// look, and nothing is loading that could change it.
    mutating func poll(until goal: Goal, for limit: Duration, quiet: (any PageQuiet)? = nil) async throws(Interrupt)
        -> Bool
    {
        let deadline = context.clock.now() + limit
        let interval = max(context.options.pollInterval, .milliseconds(1))
        while true {
            if tickets.contains(where: \.isAbandoned) { throw .abandoned }
            snapshot = nil
            if try await reached(goal) { return true }
            let now = context.clock.now()
            if now >= deadline { return false }
            if let quiet, await quiet.isQuiet(for: context.options.scrollQuietWindow) { return false }
            try await pause(until: min(deadline, now + interval))
        }
    }

    /// The pause between two looks: until the page changes (a driver that can tell) or until `next`.
    private func pause(until next: Duration) async throws(Interrupt) {
        let left = next - context.clock.now()
        guard left > .zero else { return }
        guard let changes = driver as? any PageChanges, await changes.waitForChange(upTo: left) else {
            return try await sleep(until: next)
        }
        if Task.isCancelled { throw failure(RunMessages.cancelled) }
    }

    private mutating func reached(_ goal: Goal) async throws(Interrupt) -> Bool {
        switch goal {
        case .condition(let condition): return try await holds(condition)
        case .moreThan(let target, let seen): return try await count(target, "count \(target)") > seen
        }
    }

    func requireBrowser(_ step: String) throws(Interrupt) {
        let capabilities = driver.capabilities
        guard !capabilities.isBrowser else { return }
        throw failure(RunMessages.needsBrowser(step, mode: capabilities.modeName), help: RunMessages.needsBrowserHelp)
    }
}

/// The page values (`text L`, `attr … of L`, `value of L`, `count L`, `url`, `title`) inside a condition.
enum PageValueQueries {
    static func collect(_ expr: Expr, into queries: inout [Expr]) {
        switch expr.kind {
        case .pageText, .attribute, .formValue, .count(.locator), .url, .title: queries.append(expr)
        case .transformed(let inner, _):
            if expr.transformsPageValue { queries.append(expr) } else { collect(inner, into: &queries) }
        case .not(let inner), .paren(let inner), .negate(let inner): collect(inner, into: &queries)
        case .binary(_, let left, let right):
            collect(left, into: &queries)
            collect(right, into: &queries)
        default: break
        }
    }
}

extension Expr {
    /// True for `text L then …` and the like, whose value is worth showing as a whole.
    fileprivate var transformsPageValue: Bool {
        guard case .transformed(let inner, _) = kind else { return false }
        switch inner.kind {
        case .pageText, .attribute, .formValue: return true
        default: return false
        }
    }
}
