import WTSyntax

/// Page reads that snapshots may answer more precisely than these defaults: a fake or a replayed page
/// without layout knows no visibility, and a reader without the extractor's number rules reads digits.
extension PageSnapshot {
    /// How many elements the locator matches that are rendered; by default every match counts.
    public func visibleCount(_ locator: ResolvedLocator, scope: [ResolvedLocator]) throws(StepError) -> Int {
        try count(locator, scope: scope)
    }

    /// The current value of the form control the locator matches (nil when none matches); by default its
    /// `value` attribute.
    public func formValue(_ locator: ResolvedLocator, scope: [ResolvedLocator]) throws(StepError) -> String? {
        let request = FieldRequest(name: "value", kind: .attr, attribute: "value", locator: locator, optional: true)
        guard case .string(let text) = try extract(request, scope: scope) else { return nil }
        return text
    }

    /// Reads `text` as the `int` or `number` field kind would; by default the first run of digits, with `,`
    /// grouping thousands and `.` marking decimals.
    public func read(_ text: String, as kind: FieldKind) throws(StepError) -> Value {
        try PlainNumbers.read(text, as: kind)
    }
}

/// The simple number reading of snapshots without the extractor's rules, and of values read before any
/// page is open.
enum PlainNumbers {
    static func read(_ text: String, as kind: FieldKind) throws(StepError) -> Value {
        let scalars = Array(text.unicodeScalars)
        guard let start = scalars.firstIndex(where: { ("0"..."9").contains($0) }) else {
            throw StepError(.coercion, "\"\(text)\" has no number")
        }
        var digits = start > 0 && scalars[start - 1] == "-" ? "-" : ""
        for scalar in scalars[start...] {
            if ("0"..."9").contains(scalar) || scalar == "." {
                digits.unicodeScalars.append(scalar)
            } else if scalar != "," {
                break
            }
        }
        guard let number = Double(digits) else { throw StepError(.coercion, "\"\(text)\" has no number") }
        if kind == .int {
            guard number == number.rounded(), abs(number) < 9.0e18 else {
                throw StepError(.coercion, "\"\(text)\" is not a whole number")
            }
            return .int(Int(number))
        }
        return .number(number)
    }
}
