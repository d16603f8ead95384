import Foundation
import WTSyntax

/// The pure text operations behind the transforms: the interpreter runs them, and the compiler predicts
/// with the same code what a `then` chain it writes will read.
public enum TextTransforms {
    /// The first match: the named or numbered group when given (nil when that group did not take part),
    /// else the first capture group if the pattern has one, else the whole match.
    public static func firstMatch(_ regex: NSRegularExpression, in text: String, group: MatchGroup?) -> String? {
        let whole = NSRange(text.startIndex..., in: text)
        guard let match = regex.firstMatch(in: text, range: whole) else { return nil }
        let range: NSRange
        switch group {
        case .index(let index)?: range = match.range(at: index)
        case .name(let name)?: range = match.range(withName: name)
        case nil: range = match.range(at: regex.numberOfCaptureGroups > 0 ? 1 : 0)
        }
        return Range(range, in: text).map { String(text[$0]) }
    }

    /// Every match, each the first capture group if the pattern has one, else the whole match.
    public static func allMatches(_ regex: NSRegularExpression, in text: String) -> [String] {
        let whole = NSRange(text.startIndex..., in: text)
        let group = regex.numberOfCaptureGroups > 0 ? 1 : 0
        return regex.matches(in: text, range: whole).compactMap { match in
            Range(match.range(at: group), in: text).map { String(text[$0]) }
        }
    }

    /// Parts between separators, each trimmed, empty ones dropped.
    public static func split(_ text: String, by separator: String) -> [String] {
        guard !separator.isEmpty else { return [trim(text)] }
        return text.components(separatedBy: separator).map(trim).filter { !$0.isEmpty }
    }

    /// Whitespace removed at both ends, inner runs collapsed to one space.
    public static func trim(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
