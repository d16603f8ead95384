import Foundation
import WTSema
import WTSyntax
import WTTrace

extension Lowerer {
    /// `open` with parameters bound into the address.
    func openTarget(_ group: [TraceStep]) -> StringLiteral {
        Syntax.template(binder.url(group[0].value ?? ""))
    }

    /// After an action that moved to another address on every run of it: `expect url ~ "…"`, so a replay
    /// that lands somewhere else fails at this step instead of reading the wrong page; after one that
    /// stayed, what it made appear or go away (`pageChange`).
    mutating func postconditions(_ group: [TraceStep]) -> [Lowered] {
        guard [.click, .press, .select].contains(group[0].action) else { return [] }
        let moved = group.allSatisfy { step in
            guard let before = step.before?.url, let after = step.after?.url else { return false }
            return Self.withoutFragment(before) != Self.withoutFragment(after)
        }
        guard moved else { return pageChange(group).map { [$0] } ?? [] }
        guard let pattern = urlPattern(group.compactMap { $0.after?.url }) else { return [] }
        return [Lowered(.expect(Syntax.binary(.matches, Expr(.url), Syntax.string(pattern))))]
    }

    /// The end of the path that all `urls` share in shape, digits generalised, parameter values left out.
    func urlPattern(_ urls: [String]) -> String? {
        let paths = urls.compactMap { URLComponents(string: $0) }.map { ($0.path, $0.query) }
        guard let first = paths.first, paths.count == urls.count else { return nil }
        let split = paths.map { $0.0.split(separator: "/", omittingEmptySubsequences: true).map(String.init) }
        guard split.allSatisfy({ $0.count == split[0].count }) else { return nil }
        var kept: [String] = []
        for k in stride(from: split[0].count - 1, through: 0, by: -1) {
            let column = split.map { $0[k] }
            if column.contains(where: { binder.parameter(for: $0) != nil || isHeld($0) }) { break }
            if column.allSatisfy({ $0.allSatisfy(\.isNumber) }) {
                kept.insert("[0-9]+", at: 0)
            } else if Set(column).count == 1 {
                kept.insert(NSRegularExpression.escapedPattern(for: column[0]), at: 0)
            } else {
                break
            }
            if kept.count == 2 { break }
        }
        guard !kept.isEmpty else { return nil }
        let slash = first.0.hasSuffix("/") ? "/" : ""
        let end = paths.allSatisfy { $0.1 == nil } ? "$" : ""
        return "/" + kept.joined(separator: "/") + slash + end
    }

    /// Whether a piece of an address is a value the program read (in any letter case): a link chosen by
    /// it leads elsewhere on another run, so the check must not keep the recorded one.
    private func isHeld(_ piece: String) -> Bool {
        let decoded = (piece.removingPercentEncoding ?? piece).lowercased()
        return scope.extractedScalars.contains { $0.value.lowercased() == decoded }
    }

    static func withoutFragment(_ url: String) -> String {
        url.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? url
    }

    /// Output contracts at the end: list outputs hold records, and the fields every example filled are
    /// filled on replay too, so an empty or half-read page fails loudly.
    func contracts(_ steps: [TraceStep]) -> [Lowered] {
        var out: [Lowered] = []
        for (name, type) in outputs.sorted(by: { $0.key < $1.key }) {
            guard case .list(let element) = type.unwrapped else { continue }
            let examples = steps.filter { $0.extraction?.into == name }.flatMap { Self.records($0.extraction?.value) }
            guard !examples.isEmpty else { continue }
            out.append(Lowered(.expect(Syntax.binary(.greaterEqual, Syntax.count(name), Expr(.int(1))))))
            guard case .record(let fields) = element.unwrapped else { continue }
            let filled = fields.filter { field in
                !field.type.isOptional && [.string, .url].contains(field.type)
                    && examples.allSatisfy { Self.isFilled($0[field.name]) }
            }
            if !filled.isEmpty {
                let have = Expr(.allHave(list: [Identifier(name)], fields: filled.map { Identifier($0.name) }))
                out.append(Lowered(.expect(have)))
            }
        }
        return out
    }

    private static func isFilled(_ value: JSONValue?) -> Bool {
        if case .string(let s)? = value { return !s.isEmpty }
        return false
    }
}
