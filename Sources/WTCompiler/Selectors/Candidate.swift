import WTExtract
import WTSyntax

/// One way to find an element again, as the `.wt` locator choice it prints as and the selector that checks it.
struct Candidate: Sendable, Hashable {
    /// Robustness classes, best first (the order the issue and CONVENTIONS ask for), after the selector
    /// the recording itself used: evidence of which element the step meant, over any look-alike.
    enum Kind: Int, Sendable, Hashable, Comparable {
        case recorded, testid, id, name, role, label, placeholder, classes, text, structural, xpath

        static func < (a: Kind, b: Kind) -> Bool { a.rawValue < b.rawValue }

        var noun: String {
            switch self {
            case .recorded: "the recording's own selector"
            case .testid: "test id"
            case .id: "id"
            case .name: "name attribute"
            case .role: "role and accessible name"
            case .label: "label"
            case .placeholder: "placeholder"
            case .classes: "classes"
            case .text: "text"
            case .structural: "structural path"
            case .xpath: "absolute XPath"
            }
        }
    }

    var kind: Kind
    /// The locator choice a program holds: `"#email"`, `role button exact "Sign in"`, `label "Username"`.
    var choice: LocatorChoice
    /// `choice` as the canonical printer writes it (explanations, and the cost below).
    let source: String
    /// How to evaluate it over a snapshot: CSS or XPath.
    var selector: Selector

    init(kind: Kind, choice: LocatorChoice, selector: Selector) {
        self.kind = kind
        self.choice = choice
        self.source = Printer.print(Locator(choices: [choice]))
        self.selector = selector
    }

    /// Shorter is simpler at equal robustness.
    var cost: Int { source.count }
}

/// Generated-looking names (`css-1x2y3z`, `sc-AbCdE`, `ember123`, `:r5:`) change on every deploy; the
/// compiler never builds a locator on one when anything else works.
enum NameStability {
    static func looksGenerated(_ name: String) -> Bool {
        let lower = name.lowercased()
        if name.hasPrefix(":") || name.contains("__") && name.count > 12 { return true }
        for prefix in ["css-", "sc-", "jsx-", "emotion-", "styled-", "ember", "svelte-", "tw-", "_"]
        where lower.hasPrefix(prefix) && name.count > prefix.count + 3 {
            return true
        }
        var run = 0
        var digits = 0
        for ch in name {
            if ch.isNumber {
                run += 1
                digits += 1
                if run >= 3 { return true }
            } else {
                run = 0
            }
        }
        // Hash-like: letters and digits mixed in a word with no separators.
        let alnum = name.allSatisfy { $0.isLetter || $0.isNumber }
        return alnum && name.count >= 5 && digits >= 2
    }

    /// A CSS identifier that needs no escaping.
    static func isPlainIdentifier(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, !name.isEmpty else { return false }
        let head = CharacterSetLite.letters.contains(first) || first == "_" || first == "-"
        return head && name.unicodeScalars.allSatisfy { CharacterSetLite.identifier.contains($0) }
            && !name.hasPrefix("--") && !(name.hasPrefix("-") && name.dropFirst().first?.isNumber == true)
    }
}

/// ASCII character classes for identifiers (Foundation's sets include all of Unicode).
enum CharacterSetLite {
    static let letters: Set<Unicode.Scalar> = Set(
        (UInt8(ascii: "a")...UInt8(ascii: "z")).map { Unicode.Scalar($0) }
            + (UInt8(ascii: "A")...UInt8(ascii: "Z")).map { Unicode.Scalar($0) })
    static let identifier: Set<Unicode.Scalar> = letters.union(
        (UInt8(ascii: "0")...UInt8(ascii: "9")).map { Unicode.Scalar($0) } + ["_", "-"])
}
