import Foundation
import WTExtract
import WTSema
import WTSyntax
import WTTrace

/// Finds the best field plan that reproduces a field's value in every example record.
enum FieldSearch {
    /// Losing attempts reported per field: enough to see why the winner won.
    static let reportedLosers = 3

    /// The first attempt, best first, that gives the expected value for every sample; the explanation
    /// names it, why it won, and the attempts that ranked above it. On failure, the attempt that got
    /// furthest. `recorded`: the recording's own selectors for the field, tried first.
    static func find(
        _ name: String, type: WTType, samples: [FieldSample], recorded: [String] = [], explain: inout [String]
    ) -> Result<FieldPlan, GeneralizationFailure> {
        let attempts = FieldAttempts.all(name, type: type, samples: samples, recorded: recorded)
        var closest: (plan: FieldPlan, miss: Miss)?
        var losers: [String] = []
        for (index, attempt) in attempts.enumerated() {
            guard let miss = verify(attempt.plan, type: type, samples: samples) else {
                let why = FieldReasons.why(attempt, among: attempts)
                explain.append(GeneralizerMessages.fieldChosen(name, describe(attempt.plan)) + why)
                if attempt.order.evidence == 0,
                    let twin = FieldReasons.lookAlike(of: attempt, after: attempts[(index + 1)...], type, samples)
                {
                    explain.append(GeneralizerMessages.lookAlikeKept(name, kept: attempt.plan, twin: twin))
                }
                explain += losers
                return .success(attempt.plan)
            }
            if losers.count < reportedLosers {
                losers.append(GeneralizerMessages.lost("field '\(name)': \(describe(attempt.plan))", miss))
            }
            if miss.passed > (closest?.miss.passed ?? -1) { closest = (attempt.plan, miss) }
        }
        if let guess = guessFromName(name, type: type, samples: samples) {
            explain.append(
                "field '\(name)': \(describe(guess)), guessed from the field's name: no example has a value, and "
                    + "it finds nothing on the example pages, as they say")
            return .success(guess)
        }
        return .failure(GeneralizerMessages.noField(name, closest: closest.map { (describe($0.plan), $0.miss) }))
    }

    /// An optional field that is null in every example leaves no element to learn from; a selector named
    /// after the field (`.plan`, `[itemprop=plan]`) that finds nothing anywhere agrees with every example
    /// and reads the value on pages that have it.
    static func guessFromName(_ name: String, type: WTType, samples: [FieldSample]) -> FieldPlan? {
        guard !samples.isEmpty, let kind = emptyEvidenceKind(type, samples) else { return nil }
        let dashed = name.replacingOccurrences(of: "_", with: "-")
        let singular = dashed.hasSuffix("s") ? String(dashed.dropLast()) : dashed
        var selectors = [".\(dashed)", "[itemprop=\(dashed)]", "#\(dashed)", "[data-field=\(dashed)]"]
        if kind == .count { selectors.insert(".\(singular)", at: 0) }
        for selector in selectors where NameStability.isPlainIdentifier(dashed) {
            let plan = FieldPlan(name: name, kind: kind, selector: selector)
            if verify(plan, type: type, samples: samples) == nil { return plan }
        }
        return nil
    }

    /// The kind to read a field with when every example is "nothing there": null for an optional field,
    /// 0 for a count, false for a flag. Nil when some example has real evidence.
    private static func emptyEvidenceKind(_ type: WTType, _ samples: [FieldSample]) -> WTSyntax.FieldKind? {
        if type.isOptional, samples.allSatisfy({ $0.expected == .null }) {
            return DeclaredType.guessKind(type.unwrapped)
        }
        if type == .int, samples.allSatisfy({ $0.expected == .number(0) }) { return .count }
        if type == .bool, samples.allSatisfy({ $0.expected == .bool(false) }) { return .exists }
        return nil
    }

    /// Nil when `plan` reproduces every sample; else how far it got.
    static func verify(_ plan: FieldPlan, type: WTType, samples: [FieldSample]) -> Miss? {
        let compiled: FieldRunner.Compiled
        do {
            compiled = try FieldRunner.Compiled(plan, selectors: samples.first?.page.selectors ?? SelectorCache())
        } catch {
            return Miss(passed: 0, description: error.message)
        }
        for (passed, sample) in samples.enumerated() {
            switch FieldRunner.runOnce(compiled, type: type, in: sample.context, on: sample.page) {
            case .success(let value) where JSONMatch.equal(value, sample.expected):
                continue
            case .success(let value):
                let description = GeneralizerMessages.wrongValue(
                    got: GeneralizerMessages.shown(value), expected: GeneralizerMessages.shown(sample.expected),
                    record: sample.record, url: sample.page.url)
                return Miss(passed: passed, description: description)
            case .failure(let problem):
                let description = GeneralizerMessages.failed(
                    problem.message, record: sample.record, url: sample.page.url)
                return Miss(passed: passed, description: description)
            }
        }
        return nil
    }

    /// The plan as the language writes it (the canonical printer's locator and string):
    /// `text ".author"`, `attr "data-sku" of ".sku"`, `text xpath "//dt[…]/following-sibling::dd[1]"`.
    static func describe(_ plan: FieldPlan) -> String {
        let locator = Printer.print(SelectorText.locator(plan.selector))
        if let attribute = plan.attribute, plan.kind == .attr || plan.kind == .attrs {
            return "\(plan.kind.rawValue) \(Printer.print(Syntax.string(attribute))) of \(locator)"
        }
        return "\(plan.kind.rawValue) \(locator)"
    }
}
