import Foundation
import WTSyntax

/// Expressions, interpolation and locators. Page queries (`url`, `title`, `exists`, `count L`) read the
/// cached snapshot; everything else is pure.
extension Executor {
    mutating func evaluate(_ expr: Expr) async throws(Interrupt) -> Value {
        switch expr.kind {
        case .string(let literal): return .string(try interpolate(literal))
        case .int(let i): return .int(i)
        case .number(let text):
            guard let number = Double(text) else { throw failure(RunMessages.internalError("bad number \(text)")) }
            return .number(number)
        case .bool(let b): return .bool(b)
        case .list(let items):
            var values: [Value] = []
            for item in items { values.append(try await evaluate(item)) }
            return .list(values)
        case .path(let parts): return try lookup(parts)
        case .url: return .url(try await page(for: "url").url)
        case .title: return .string(try await page(for: "title").title)
        case .exists(let locator):
            if seesOnlyVisible { return .bool(try await visibleCount(locator, query: "exists") > 0) }
            return .bool(try await count(locator, query: "exists") > 0)
        case .visible(let locator): return .bool(try await visibleCount(locator, query: "visible") > 0)
        case .hidden(let locator): return .bool(try await visibleCount(locator, query: "hidden") == 0)
        case .pageText, .attribute, .formValue: return try await pageValue(expr)
        case .transformed(let inner, let transforms):
            let value = try await evaluate(inner)
            return try await transform(value, transforms, optional: false, step: Printer.print(expr))
        case .count(.locator(let locator)): return .int(try await count(locator, query: "count"))
        case .count(.path(let parts)):
            guard case .list(let items) = try lookup(parts) else { return .int(0) }
            return .int(items.count)
        case .allHave(let list, let fields): return .bool(try firstIncomplete(list, fields) == nil)
        case .negate(let inner): return try negate(await evaluate(inner), inner)
        case .not(let inner): return .bool(!(try await holds(inner)))
        case .binary(let op, let left, let right): return try await binary(op, left, right)
        case .paren(let inner): return try await evaluate(inner)
        }
    }

    /// A condition's truth; a null (an optional bool never set) is false.
    mutating func holds(_ condition: Expr) async throws(Interrupt) -> Bool {
        switch try await evaluate(condition) {
        case .bool(let b): return b
        case .null: return false
        default: throw failure(RunMessages.internalError("'\(Printer.print(condition))' is not a bool"))
        }
    }

    /// An int operand (a loop bound, a concurrency); null counts as 0.
    mutating func intValue(_ expr: Expr) async throws(Interrupt) -> Int {
        switch try await evaluate(expr) {
        case .int(let i): return i
        case .number(let d) where d.isFinite && abs(d) < 9.0e18: return Int(d)
        case .null: return 0
        default: throw failure(RunMessages.internalError("'\(Printer.print(expr))' is not an int"))
        }
    }

    /// A name and its fields; a missing field or a field of null is null.
    func lookup(_ parts: [Identifier]) throws(Interrupt) -> Value {
        guard let root = parts.first, var value = env.lookup(root.name)?.value else {
            let name = parts.map(\.name).joined(separator: ".")
            throw failure(RunMessages.internalError("unknown name '\(name)'"))
        }
        for part in parts.dropFirst() {
            value = value[field: part.name] ?? .null
        }
        return value
    }

    /// The first record of `list` lacking one of `fields` (null or empty text), as (1-based index, field).
    func firstIncomplete(_ list: [Identifier], _ fields: [Identifier]) throws(Interrupt) -> (Int, String)? {
        guard case .list(let records) = try lookup(list) else { return nil }
        for (index, record) in records.enumerated() {
            for field in fields {
                let value = record[field: field.name] ?? .null
                if value == .null || value.text?.isEmpty == true { return (index + 1, field.name) }
            }
        }
        return nil
    }

    mutating func count(_ locator: Locator, query: String) async throws(Interrupt) -> Int {
        let target = try resolve(locator)
        return try await count(target, "\(query) \(target)")
    }

    /// How many elements match on the current page; `summary` names the step for a failure.
    mutating func count(_ target: ResolvedLocator, _ summary: String) async throws(Interrupt) -> Int {
        let page = try await page(for: summary)
        do {
            return try page.count(target, scope: scope)
        } catch {
            throw await failure(error, step: summary)
        }
    }

    func interpolate(_ literal: StringLiteral) throws(Interrupt) -> String {
        var out = ""
        for part in literal.parts {
            switch part {
            case .text(let text):
                out += text
            case .interpolation(let parts):
                let path = parts.map(\.name).joined(separator: ".")
                switch try lookup(parts) {
                case .null: throw failure(RunMessages.nullValue("{\(path)}", "put into a string"))
                case .secret, .list, .record: throw failure(RunMessages.notAScalar(path))
                case let value: out += value.text ?? ""
                }
            }
        }
        return out
    }

    func resolve(_ locator: Locator) throws(Interrupt) -> ResolvedLocator {
        var choices: [ResolvedLocator.Choice] = []
        for choice in locator.choices {
            switch choice.kind {
            case .css(let s): choices.append(.css(try interpolate(s)))
            case .xpath(let s): choices.append(.xpath(try interpolate(s)))
            case .label(let s): choices.append(.label(try interpolate(s), exact: choice.exact))
            case .testid(let s): choices.append(.testid(try interpolate(s)))
            case .text(let s): choices.append(.text(try interpolate(s), exact: choice.exact))
            case .placeholder(let s): choices.append(.placeholder(try interpolate(s)))
            case .role(let role, let name):
                var resolvedName: String?
                if let name { resolvedName = try interpolate(name) }
                choices.append(.role(role.name, name: resolvedName, exact: choice.exact))
            }
        }
        return ResolvedLocator(first: locator.first, choices: choices)
    }
}
