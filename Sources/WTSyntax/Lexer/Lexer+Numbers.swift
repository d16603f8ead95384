extension Lexer {
    /// INT, NUMBER or DURATION. Letters glued to a number are part of it: `5s` is a duration, `5sec` an error.
    mutating func lexNumber() {
        let start = pos
        var end = scanDigits(from: pos)
        var isDecimal = false
        if byte(at: end) == Byte.dot, let next = byte(at: end + 1), Byte.isDigit(next) {
            isDecimal = true
            end += 1
            while let b = byte(at: end), Byte.isDigit(b) { end += 1 }
        }
        let digitsEnd = end
        while let b = byte(at: end), Byte.isNameContinue(b) { end += 1 }
        let suffix = text(from: digitsEnd, to: end)
        if isDecimal {
            if !suffix.isEmpty { reportSuffix(suffix, from: digitsEnd, to: end) }
            let digits = text(from: start, to: digitsEnd).filter { $0 != "_" }
            add(.number, from: start, to: end, value: .text(digits))
            return
        }
        let value = integerValue(from: start, to: digitsEnd)
        guard let unit = Lexer.durationUnit(suffix) else {
            if !suffix.isEmpty { reportSuffix(suffix, from: digitsEnd, to: end) }
            add(suffix.isEmpty ? .int : .duration, from: start, to: end, value: .int(value))
            return
        }
        var milliseconds: Int?
        if let value {
            let (product, overflow) = value.multipliedReportingOverflow(by: unit)
            milliseconds = overflow ? nil : product
            if overflow { report(SyntaxMessages.intOverflow(), from: start, to: end) }
        }
        add(.duration, from: start, to: end, value: .int(milliseconds))
    }

    /// Milliseconds per unit for the units DURATION allows.
    static func durationUnit(_ suffix: String) -> Int? {
        switch suffix {
        case "ms": 1
        case "s": 1000
        case "m": 60_000
        default: nil
        }
    }

    func scanDigits(from offset: Int) -> Int {
        var end = offset
        while let b = byte(at: end), Byte.isDigit(b) || b == Byte.underscore { end += 1 }
        return end
    }

    /// The value of the digits (and `_`) in a range; nil and a diagnostic when it does not fit in `Int`.
    mutating func integerValue(from start: Int, to end: Int) -> Int? {
        var value = 0
        for offset in start..<end {
            guard let b = byte(at: offset), Byte.isDigit(b) else { continue }
            let (times, o1) = value.multipliedReportingOverflow(by: 10)
            let (plus, o2) = times.addingReportingOverflow(Int(b - 0x30))
            if o1 || o2 {
                report(SyntaxMessages.intOverflow(), from: start, to: end)
                return nil
            }
            value = plus
        }
        return value
    }

    mutating func reportSuffix(_ suffix: String, from start: Int, to end: Int) {
        report(
            SyntaxMessages.invalidNumberSuffix(suffix), from: start, to: end, help: SyntaxMessages.Help.durationUnits)
    }
}
