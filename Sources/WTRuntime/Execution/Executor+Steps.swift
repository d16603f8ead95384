import Foundation
import WTSyntax

/// Leaf steps: each returns its summary, written as in the program with values filled in.
extension Executor {
    mutating func step(_ statement: Statement) async throws(Interrupt) -> String {
        switch statement.kind {
        case .open(let target):
            let url = try await absoluteURL(try await text(of: target, "opened"))
            try guardNavigation(to: url)
            return try await act(.open(url), "open \(StepText.quoted(url))", nil)
        case .click(let locator, let timeout):
            let target = try resolve(locator)
            return try await act(.click(target), "click \(target)", timeout)
        case .fill(let locator, let value, let timeout):
            let target = try resolve(locator)
            let (text, shown) = try await typed(value)
            return try await act(.fill(target, text), "fill \(target) with \(shown)", timeout)
        case .select(let locator, let by, let value, let timeout):
            let target = try resolve(locator)
            let (text, shown) = try await typed(value)
            return try await act(.select(target, by, text), "select \(target) \(by.rawValue) \(shown)", timeout)
        case .check(let locator, let checked, let timeout):
            let target = try resolve(locator)
            return try await act(.setChecked(target, checked), "\(checked ? "check" : "uncheck") \(target)", timeout)
        case .press(let key, let on):
            let name = try interpolate(key)
            var target: ResolvedLocator?
            if let on { target = try resolve(on) }
            return try await act(
                .press(name, target), "press \(StepText.quoted(name))" + (target.map { " on \($0)" } ?? ""), nil)
        case .back:
            return try await act(.back, "back", nil)
        case .scroll(let scroll):
            return try await self.scroll(scroll)
        case .waitFor(let condition, let timeout):
            return try await waitFor(condition, timeout)
        case .download(let locator, let target, let timeout):
            return try await download(locator, into: target, timeout)
        case .extract(let target, let op, let extraction):
            return try await extract(target, op, extraction)
        case .letBinding(let target, let op, let expr):
            let value = try await evaluate(expr)
            try store(target.name, op, value, type: StaticTypes.type(of: expr, in: env))
            return "let \(target.name) \(op.rawValue) \(StepText.brief(value))"
        case .expect(let condition):
            return try await expect(condition)
        case .within, .forEach, .repeatLoop, .ifElse, .breakLoop, .returnProgram:
            throw failure(RunMessages.internalError("a control statement reached the step runner"))
        }
    }

    /// Performs a driver action with the step's deadline; the page is read afresh afterwards.
    mutating func act(_ action: DriverAction, _ summary: String, _ timeout: DurationLiteral?) async throws(Interrupt)
        -> String
    {
        // Dropped before as well: an action that fails half-way may still have changed the page.
        snapshot = nil
        do {
            try await action.perform(on: driver, scope: scope, timeout: deadline(timeout))
        } catch {
            throw await failure(error, step: summary, readPage: action.describesCurrentPage)
        }
        snapshot = nil
        return summary + StepText.duration(timeout)
    }

    func deadline(_ timeout: DurationLiteral?) -> Duration {
        timeout.map { .milliseconds($0.milliseconds) } ?? context.options.defaultTimeout
    }

    /// The text a scalar value stands for; null fails the step, saying what it was for.
    mutating func text(of expr: Expr, _ use: String) async throws(Interrupt) -> String {
        try scalarText(try await evaluate(expr), of: expr, use)
    }

    func scalarText(_ value: Value, of expr: Expr, _ use: String) throws(Interrupt) -> String {
        switch value {
        case .null: throw failure(RunMessages.nullValue(Printer.print(expr), use))
        case .list, .record: throw failure(RunMessages.notAScalar(Printer.print(expr)))
        default: return value.text ?? ""
        }
    }

    /// A value to type, and how the summary shows it (`<secret>` for secrets).
    private mutating func typed(_ expr: Expr) async throws(Interrupt) -> (String, String) {
        let value = try await evaluate(expr)
        return (try scalarText(value, of: expr, "typed into a field"), StepText.brief(value))
    }

    /// `open` takes absolute URLs as they are and resolves relative ones against the current page.
    /// Text that is not a URL as written (spaces, non-ASCII) is percent-encoded first.
    private mutating func absoluteURL(_ text: String) async throws(Interrupt) -> String {
        let allowed = CharacterSet.urlQueryAllowed.union(CharacterSet(charactersIn: "#%"))
        let encoded = text.addingPercentEncoding(withAllowedCharacters: allowed) ?? text
        guard let url = URL(string: text) ?? URL(string: encoded) else {
            throw failure(RunMessages.invalidURL(text, "it is not a URL"))
        }
        if url.scheme != nil { return url.absoluteString }
        if snapshot == nil { snapshot = try? await driver.snapshot() }
        guard let base = snapshot.flatMap({ URL(string: $0.url) }), base.host != nil,
            let resolved = URL(string: url.absoluteString, relativeTo: base)
        else {
            throw failure(RunMessages.invalidURL(text, "it is relative, and no page is open to resolve it against"))
        }
        return resolved.absoluteURL.absoluteString
    }

    private mutating func download(_ locator: Locator, into target: Identifier, _ timeout: DurationLiteral?)
        async throws(Interrupt) -> String
    {
        let source = try resolve(locator)
        let summary = "download \(source) into \(target.name)"
        snapshot = nil
        let file: FileRef
        do {
            file = try await driver.download(source, scope: scope, timeout: deadline(timeout))
        } catch {
            throw await failure(error, step: summary)
        }
        try store(target.name, .assign, .file(file), type: .file)
        return summary + StepText.duration(timeout)
    }
}
