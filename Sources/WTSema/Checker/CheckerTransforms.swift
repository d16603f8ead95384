import Foundation
import WTDiagnostics
import WTSyntax

/// `then …` transforms: each takes a string (or each string of a list) and says what it yields; patterns
/// are compiled now and group numbers and names checked against them, so a run does not fail on them.
extension CheckerWalker {
    mutating func applyTransforms(_ transforms: [Transform], to input: WTType) -> WTType {
        var type = input
        for transform in transforms {
            type = applyTransform(transform, to: type)
        }
        return type
    }

    /// Checks one transform's input and arguments; the type comes from `TransformTypes`.
    private mutating func applyTransform(_ transform: Transform, to input: WTType) -> WTType {
        guard input != .error else { return .error }
        guard let (_, isList) = TransformTypes.stringShape(input) else {
            emit(
                SemaMessages.transformInput(transform.name, found: input), transform.range,
                help: SemaMessages.Help.transformInput)
            return .error
        }
        switch transform.kind {
        case .match(let pattern, let group): checkPattern(pattern, group: group, at: transform.range)
        case .matches(let pattern): checkPattern(pattern, group: nil, at: transform.range)
        case .split(let separator):
            checkInterpolations(separator)
            if separator.parts.isEmpty { emit(SemaMessages.emptyString("the separator"), separator.range) }
        case .replace(let old, let new):
            checkInterpolations(old)
            checkInterpolations(new)
            if old.parts.isEmpty { emit(SemaMessages.emptyString("the text to replace"), old.range) }
        case .trim, .lower, .upper, .int, .number: break
        }
        if isList, case .matches = transform.kind {
            emit(SemaMessages.transformOnList(transform.name), transform.range, help: SemaMessages.Help.splitList)
        } else if isList, case .split = transform.kind {
            emit(SemaMessages.transformOnList(transform.name), transform.range, help: SemaMessages.Help.splitList)
        }
        return TransformTypes.type(after: transform, from: input)
    }

    /// A literal pattern that compiles, and a group it has.
    private mutating func checkPattern(_ pattern: StringLiteral, group: MatchGroup?, at range: SourceRange) {
        guard pattern.plainText != nil else {
            emit(SemaMessages.transformPatternNeedsLiteral, pattern.range)
            return
        }
        guard let regex = compileRegex(pattern), let group else { return }
        let groups = regex.numberOfCaptureGroups
        switch group {
        case .index(let index) where index > groups:
            emit(SemaMessages.noSuchGroup(String(index), groups: groups), range)
        case .name(let name) where !RegexGroups.names(in: regex.pattern).contains(name):
            emit(SemaMessages.noSuchGroup("'\(name)'", groups: groups), range)
        default: break
        }
    }
}

/// The named groups of a pattern, `(?<name>…)`, found by scanning its text (Foundation does not list them).
/// An escaped `\(` and a `(` inside a character class `[…]` open no group, and neither does `\Q…\E` text.
enum RegexGroups {
    static func names(in pattern: String) -> [String] {
        var names: [String] = []
        var rest = Substring(pattern)
        var inClass = false
        while let c = rest.first {
            rest = rest.dropFirst()
            switch c {
            case "\\":
                if rest.first == "Q" {
                    rest = rest.range(of: "\\E").map { rest[$0.upperBound...] } ?? ""
                } else {
                    rest = rest.dropFirst()
                }
            case "[": inClass = true
            case "]": inClass = false
            case "(" where !inClass && rest.hasPrefix("?<"):
                let after = rest.dropFirst(2)
                let name = after.prefix { $0.isLetter || $0.isNumber || $0 == "_" }
                // `(?<=` and `(?<!` are look-behinds, not names.
                if !name.isEmpty, after.dropFirst(name.count).first == ">" { names.append(String(name)) }
            default: break
            }
        }
        return names
    }
}
