import WTSyntax
import WTTrace

/// Names for new parameters, from the field they were typed into: its `name` attribute, id, label,
/// placeholder or accessible name, as a `.wt` name no keyword or other name already has.
struct ParameterNamer {
    var taken: Set<String>

    mutating func name(for target: TraceElement?) -> String {
        let sources = [
            target?.attributes.first(where: { $0.name == "name" })?.value, target?.id, target?.label,
            target?.attributes.first(where: { $0.name == "placeholder" })?.value, target?.name,
        ]
        let base = sources.lazy.compactMap { $0.map(Self.identifier) }.first { !$0.isEmpty } ?? "text"
        return unique(Keyword(rawValue: base) == nil ? base : base + "_input")
    }

    /// `base`, or `base_2`, `base_3`… when it is taken; taken from then on.
    private mutating func unique(_ base: String) -> String {
        var name = base
        var k = 2
        while taken.contains(name) {
            name = base + "_\(k)"
            k += 1
        }
        taken.insert(name)
        return name
    }

    /// A name for a part of the read at `path`: `order` → `order_number`, `item.code` → `item_code_number`.
    mutating func name(derivedFrom path: String) -> String {
        unique(path.replacingOccurrences(of: ".", with: "_") + "_number")
    }

    /// Lower-case words joined by `_` (at most three), starting with a letter: `Full name` → `full_name`.
    static func identifier(_ text: String) -> String {
        let words = text.lowercased().split { !($0.isASCII && ($0.isLetter || $0.isNumber)) }.prefix(3)
        var name = words.joined(separator: "_")
        while let first = name.first, !first.isLetter { name.removeFirst() }
        return name
    }
}
