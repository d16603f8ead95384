import Foundation
import WTSema

/// A pattern for `then match` that takes one part out of a text read from the page: `Order #4521 shipped`
/// → `#([0-9]+)` for `4521`. The part is described by its shape (digits, letters, a word, no spaces), and
/// as little of the literal text around it as makes the first match the recorded part: the words around
/// a value usually stay when the value changes, but the further from it, the likelier they change too.
enum RegexPart {
    /// The pattern whose first capture group in `text` is `part` (its first whole-token occurrence), or nil
    /// when the part is not a whole token of the text or no pattern of this shape finds it.
    static func pattern(for part: String, in text: String) -> String? {
        guard part.count >= 2, let range = tokenRange(of: part, in: text) else { return nil }
        let before = String(text[..<range.lowerBound])
        let after = String(text[range.upperBound...])
        for shape in shapes(of: part) {
            // Left context first (labels come before values), then right context for a part at the end of
            // a label-less text or whose shape would run on.
            for left in contexts(before, fromEnd: true) {
                for right in [""] + contexts(after, fromEnd: false) {
                    let capture = right.isEmpty ? shape.greedy : shape.lazy
                    let pattern = literal(left) + "(" + capture + ")" + literal(right)
                    if firstCapture(pattern, in: text) == part { return pattern }
                }
            }
        }
        return nil
    }

    /// The first capture group of `pattern`'s first match, as `then match` reads it.
    static func firstCapture(_ pattern: String, in text: String) -> String? {
        guard let regex = try? NSRegularExpression(pattern: pattern) else { return nil }
        return TextTransforms.firstMatch(regex, in: text, group: nil)
    }

    /// Where `part` first occurs in `text` with no letter or digit glued to either end (`Maria` in
    /// `word: Maria.`, not `aria` in `Maria`).
    static func tokenRange(of part: String, in text: String) -> Range<String.Index>? {
        var from = text.startIndex
        while let found = text.range(of: part, range: from..<text.endIndex) {
            let glued =
                (found.lowerBound > text.startIndex && isWordy(text[text.index(before: found.lowerBound)])
                    && isWordy(part.first))
                || (found.upperBound < text.endIndex && isWordy(text[found.upperBound]) && isWordy(part.last))
            if !glued { return found }
            from = text.index(after: found.lowerBound)
        }
        return nil
    }

    private static func isWordy(_ c: Character?) -> Bool {
        guard let c else { return false }
        return c.isLetter || c.isNumber
    }

    private struct Shape {
        var greedy: String
        var lazy: String
    }

    /// The shapes that describe `part`, narrowest first.
    private static func shapes(of part: String) -> [Shape] {
        var out: [Shape] = []
        if part.allSatisfy({ $0.isASCII && $0.isNumber }) { out.append(Shape(greedy: "[0-9]+", lazy: "[0-9]+?")) }
        if part.allSatisfy(\.isLetter) { out.append(Shape(greedy: "\\p{L}+", lazy: "\\p{L}+?")) }
        if part.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" }) {
            out.append(Shape(greedy: "[\\w-]+", lazy: "[\\w-]+?"))
        }
        if !part.contains(where: \.isWhitespace) { out.append(Shape(greedy: "\\S+", lazy: "\\S+?")) }
        out.append(Shape(greedy: ".+", lazy: ".+?"))
        return out
    }

    /// Literal context next to the part, shortest first: nothing, then one more word at a time (a word
    /// with the spaces and punctuation that separate it), up to the whole side.
    private static func contexts(_ side: String, fromEnd: Bool) -> [String] {
        var out = [""]
        let characters = Array(side)
        var k = 0
        while k < characters.count {
            // Take the separators next to what is taken so far, then the word beyond them.
            k = advance(characters, from: k, fromEnd: fromEnd, while: { !isWordy($0) })
            k = advance(characters, from: k, fromEnd: fromEnd, while: isWordy)
            let taken = fromEnd ? characters.suffix(k) : characters.prefix(k)
            out.append(String(taken))
        }
        return out
    }

    private static func advance(
        _ characters: [Character], from k: Int, fromEnd: Bool, while test: (Character) -> Bool
    ) -> Int {
        var k = k
        while k < characters.count, test(characters[fromEnd ? characters.count - 1 - k : k]) { k += 1 }
        return k
    }

    /// Context as pattern text: escaped, runs of spaces matching any run of white space.
    private static func literal(_ context: String) -> String {
        let escaped = NSRegularExpression.escapedPattern(for: context)
        return escaped.replacingOccurrences(of: #"\s+"#, with: #"\\s+"#, options: .regularExpression)
    }
}
