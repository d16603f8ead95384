import Foundation
import WTSema
import WTSyntax

/// `then …` transforms and the page values of conditions (`text L`, `attr "n" of L`, `value of L`).
extension Executor {
    /// Applies `transforms` in order. Null passes through (an optional field that was missing stays missing);
    /// a pattern that does not match is null when `optional`, and otherwise fails the step naming the
    /// pattern and the text.
    mutating func transform(_ value: Value, _ transforms: [Transform], optional: Bool, step: String)
        async throws(Interrupt) -> Value
    {
        var current = value
        for transform in transforms {
            current = try await apply(transform, to: current, optional: optional, step: step)
        }
        return current
    }

    private mutating func apply(_ transform: Transform, to value: Value, optional: Bool, step: String)
        async throws(Interrupt) -> Value
    {
        switch value {
        case .null: return .null
        case .list(let items):
            if case .matches = transform.kind { break }
            if case .split = transform.kind { break }
            var out: [Value] = []
            out.reserveCapacity(items.count)
            for item in items { out.append(try await apply(transform, to: item, optional: optional, step: step)) }
            return .list(out)
        default: break
        }
        guard let text = value.text else {
            throw failure(RunMessages.internalError("'then \(transform.name)' needs text"))
        }
        return try await apply(transform, text: text, optional: optional, step: step)
    }

    private mutating func apply(_ transform: Transform, text: String, optional: Bool, step: String)
        async throws(Interrupt) -> Value
    {
        switch transform.kind {
        case .match(let pattern, let group):
            let regex = try compile(pattern)
            guard let found = TextTransforms.firstMatch(regex, in: text, group: group) else {
                if optional { return .null }
                throw noMatch(step, regex.pattern, text)
            }
            return .string(found)
        case .matches(let pattern):
            return .list(TextTransforms.allMatches(try compile(pattern), in: text).map(Value.string))
        case .replace(let old, let new):
            return .string(text.replacingOccurrences(of: try interpolate(old), with: try interpolate(new)))
        case .split(let separator):
            return .list(TextTransforms.split(text, by: try interpolate(separator)).map(Value.string))
        case .trim: return .string(TextTransforms.trim(text))
        case .lower: return .string(text.lowercased())
        case .upper: return .string(text.uppercased())
        case .int, .number:
            let kind: FieldKind = transform.kind == .int ? .int : .number
            // The page's own reading when a page is open (the extractor's rules), else the plain one.
            if snapshot == nil { snapshot = try? await driver.snapshot() }
            do throws(StepError) {
                if let snapshot { return try snapshot.read(text, as: kind) }
                return try PlainNumbers.read(text, as: kind)
            } catch {
                if optional { return .null }
                throw failure(RunMessages.transformFailed(step, "'then \(transform.name)': \(error.message)"))
            }
        }
    }

    private func compile(_ pattern: StringLiteral) throws(Interrupt) -> NSRegularExpression {
        let text = try interpolate(pattern)
        do {
            return try NSRegularExpression(pattern: text)
        } catch {
            throw failure(RunMessages.internalError("the pattern \"\(text)\" does not compile"))
        }
    }

    private func noMatch(_ step: String, _ pattern: String, _ text: String) -> Interrupt {
        let shown = text.count > 200 ? String(text.prefix(200)) + "…" : text
        return failure(
            RunMessages.noMatch(step, pattern: pattern, text: shown), kind: .stepFailed,
            help: RunMessages.noMatchHelp)
    }

    /// `text L`, `attr "n" of L` or `value of L` on the current page; null when nothing matches.
    mutating func pageValue(_ expr: Expr) async throws(Interrupt) -> Value {
        let summary = Printer.print(expr)
        var request: FieldRequest?
        var control: ResolvedLocator?
        switch expr.kind {
        case .pageText(let locator):
            request = FieldRequest(name: "text", kind: .text, locator: try resolve(locator), optional: true)
        case .attribute(let name, let locator):
            request = FieldRequest(
                name: "attr", kind: .attr, attribute: try interpolate(name), locator: try resolve(locator),
                optional: true)
        case .formValue(let locator): control = try resolve(locator)
        default: throw failure(RunMessages.internalError("'\(summary)' is not a page value"))
        }
        let page = try await page(for: summary)
        do {
            if let control { return try page.formValue(control, scope: scope).map(Value.string) ?? .null }
            guard let request else { return .null }
            return try page.extract(request, scope: scope)
        } catch {
            throw await failure(error, step: summary)
        }
    }

    /// How many elements matching `locator` are rendered on the current page.
    mutating func visibleCount(_ locator: Locator, query: String) async throws(Interrupt) -> Int {
        let target = try resolve(locator)
        let summary = "\(query) \(target)"
        let page = try await page(for: summary)
        do {
            return try page.visibleCount(target, scope: scope)
        } catch {
            throw await failure(error, step: summary)
        }
    }
}
