import Foundation

/// `:valid` / `:invalid` on a document as parsed (HTML § 4.10.20.3): the constraints a control can
/// fail before anyone edits it: missing values, type and pattern mismatches, range and step.
/// (`maxlength`/`minlength` only count after an edit.) A form or fieldset is invalid when one of the
/// controls inside it is.
extension Element {
    enum Validity {
        case valid, invalid, none
    }

    var validity: Validity {
        if self.is("form") || self.is("fieldset") {
            return descendants.contains { $0.willValidate && $0.suffersFromAnyConstraint } ? .invalid : .valid
        }
        guard willValidate else { return .none }
        return suffersFromAnyConstraint ? .invalid : .valid
    }

    private var suffersFromAnyConstraint: Bool {
        if isValueMissing { return true }
        guard isInput, let value = attribute("value"), !value.isEmpty else { return false }
        switch inputType {
        case "email" where !Self.isEmail(value, multiple: has("multiple")): return true
        case "url" where !Self.isAbsoluteURL(value): return true
        default: break
        }
        if let pattern = attribute("pattern"), Self.patternTypes.contains(inputType),
            !Self.matches(value, pattern: pattern)
        {
            return true
        }
        return rangeState == .outOfRange || hasStepMismatch(value)
    }

    static let patternTypes: Set = ["text", "search", "tel", "url", "email", "password"]

    private var isValueMissing: Bool {
        // A radio button is missing its value when any button of its group is required and none is checked.
        if isRadio { return radioGroup.contains { $0.has("required") } && !radioGroupChecked }
        guard isRequired else { return false }
        if self.is("textarea") { return ["", "\n", "\r\n"].contains(childText) }
        if self.is("select") { return selectIsMissing }
        switch inputType {
        case "checkbox": return !has("checked")
        case "radio": return !radioGroupChecked
        case "file": return true
        default:
            let value = attribute("value") ?? ""
            guard let parse = TypedValue.parser(for: inputType) else { return value.isEmpty }
            return parse(value) == nil  // an invalid value sanitizes to ""
        }
    }

    var isRadio: Bool { isInput && inputType == "radio" }

    /// A checked radio button stays checked only when no later button of its group (same non-empty name,
    /// same form owner) is marked `checked`: each one parsed unchecks the others, so the last one wins.
    var isLastCheckedOfGroup: Bool {
        guard let name = attribute("name"), !name.isEmpty else { return true }
        let form = formOwner?.node
        let group = root.descendants.filter {
            $0.isRadio && $0.has("checked") && $0.attribute("name") == name && $0.formOwner?.node == form
        }
        return group.last?.node == node
    }

    /// The radio buttons of this one's group: itself alone without a name, else those with the same name
    /// and the same form owner.
    private var radioGroup: [Element] {
        guard let name = attribute("name"), !name.isEmpty else { return [self] }
        let form = formOwner?.node
        return root.descendants.filter {
            $0.isRadio && $0.attribute("name") == name && $0.formOwner?.node == form
        }
    }

    /// A required radio button is satisfied when any button of its group (same name, same form) is checked.
    private var radioGroupChecked: Bool {
        guard let name = attribute("name"), !name.isEmpty else { return has("checked") }
        let form = formOwner?.node
        return root.descendants.contains {
            $0.isInput && $0.inputType == "radio" && $0.has("checked") && $0.attribute("name") == name
                && $0.formOwner?.node == form
        }
    }

    /// A required single-choice drop-down whose selected option is its placeholder (the first option,
    /// a child of the select, with an empty value), or any select with nothing selected.
    private var selectIsMissing: Bool {
        let options = descendants.filter { $0.is("option") }
        let marked = options.filter { $0.has("selected") }
        let multiple = has("multiple")
        let size = Int(attribute("size") ?? "") ?? (multiple ? 4 : 1)
        if multiple { return marked.isEmpty }
        let selected = marked.last ?? (size <= 1 ? options.first { !$0.isDisabled } : nil)
        guard let selected else { return true }
        guard size <= 1, let first = options.first, first.node == selected.node, first.parent?.node == node else {
            return false
        }
        return (first.attribute("value") ?? first.childText).isEmpty
    }

    private func hasStepMismatch(_ value: String) -> Bool {
        let type = inputType
        guard let parse = TypedValue.parser(for: type), type != "week", let number = parse(value),
            let base = attribute("min").flatMap(parse)
        else { return false }
        let defaults: [String: Double] = ["number": 1, "date": 1, "month": 1, "time": 60, "datetime-local": 60]
        let scales: [String: Double] = ["number": 1, "date": 1, "month": 1, "time": 1000, "datetime-local": 1000]
        guard var step = defaults[type], let scale = scales[type] else { return false }
        if let written = attribute("step") {
            if XPathText.asciiLowercased(written) == "any" { return false }
            if let parsed = TypedValue.number(written), parsed > 0 { step = parsed }
        }
        let ratio = (number - base) / (step * scale)
        return abs(ratio - ratio.rounded()) > 1e-9
    }

    /// A valid e-mail address (HTML's simplified rule), or a comma-separated list with `multiple`.
    static func isEmail(_ value: String, multiple: Bool) -> Bool {
        let addresses = multiple ? value.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } : [value]
        return addresses.allSatisfy { matches($0, pattern: emailPattern) }
    }

    static let emailPattern =
        "[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?"
        + "(?:\\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*"

    /// An absolute URL: a scheme, `:`, and no spaces.
    static func isAbsoluteURL(_ value: String) -> Bool {
        matches(value.trimmingCharacters(in: .whitespaces), pattern: "[a-zA-Z][a-zA-Z0-9+.-]*:[^ ]*")
    }

    /// The whole value matches `pattern` (as `^(?:pattern)$`); an invalid pattern matches everything,
    /// as the HTML standard asks.
    static func matches(_ value: String, pattern: String) -> Bool {
        guard let regex = try? NSRegularExpression(pattern: "^(?:\(pattern))$") else { return true }
        let range = NSRange(value.startIndex..., in: value)
        return regex.firstMatch(in: value, range: range) != nil
    }
}
