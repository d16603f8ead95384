/// `:in-range` / `:out-of-range` for an `<input>` as parsed (HTML § 4.10.5 "range limitations",
/// § 4.10.20.3 "suffering from an underflow/overflow"): the `value`, `min` and `max` attributes read as
/// the input's type reads them (numbers, dates, months, weeks, times, local date-times).
enum RangeState: Sendable, Equatable {
    /// The input's value is within its range limitations, or empty, or not a valid value.
    case inRange
    /// The input has range limitations and its value is below the minimum or above the maximum.
    case outOfRange
    /// The input has no range limitations (or a type without any); neither pseudo-class matches.
    case none

    /// The state of an input of `type` (lower case) with these attribute values.
    static func of(type: String, value: String?, min: String?, max: String?) -> RangeState {
        if type == "range" { return .inRange }  // the value is always clamped into [min, max]
        guard let parse = TypedValue.parser(for: type) else { return .none }
        // As Chromium's `InputType::IsInRange`: a missing or invalid value is in range whether or not
        // the input has range limitations.
        guard let value = value.flatMap(parse) else { return .inRange }
        let low = min.flatMap(parse)
        let high = max.flatMap(parse)
        guard low != nil || high != nil else { return .none }
        if type == "time", let low, let high, low > high {
            // A reversed range wraps past midnight: 22:00–06:00 holds 23:00 and 05:00.
            return value >= low || value <= high ? .inRange : .outOfRange
        }
        if let low, value < low { return .outOfRange }
        if let high, value > high { return .outOfRange }
        return .inRange
    }
}

/// The HTML microsyntaxes of typed input values, as numbers that compare in the same order.
enum TypedValue {
    static func parser(for type: String) -> ((String) -> Double?)? {
        switch type {
        case "number": return number
        case "date": return { date(Substring($0)).map { Double($0) } }
        case "month": return month
        case "week": return week
        case "time": return { time(Substring($0)) }
        case "datetime-local": return dateTime
        default: return nil
        }
    }

    /// A valid floating-point number: `-`? digits? (`.` digits)? ((`e`|`E`) (`+`|`-`)? digits)?, with at
    /// least one digit before the exponent.
    static func number(_ text: String) -> Double? {
        let bytes = Array(text.utf8)
        var i = 0
        if i < bytes.count, bytes[i] == UInt8(ascii: "-") { i += 1 }
        let intDigits = digits(bytes, &i)
        var fracDigits = 0
        if i < bytes.count, bytes[i] == UInt8(ascii: ".") {
            i += 1
            fracDigits = digits(bytes, &i)
            guard fracDigits > 0 else { return nil }
        }
        guard intDigits + fracDigits > 0 else { return nil }
        if i < bytes.count, bytes[i] | 0x20 == UInt8(ascii: "e") {
            i += 1
            if i < bytes.count, bytes[i] == UInt8(ascii: "+") || bytes[i] == UInt8(ascii: "-") { i += 1 }
            guard digits(bytes, &i) > 0 else { return nil }
        }
        guard i == bytes.count, let value = Double(text), value.isFinite else { return nil }
        return value
    }

    private static func digits(_ bytes: [UInt8], _ i: inout Int) -> Int {
        let start = i
        while i < bytes.count, bytes[i] >= 0x30, bytes[i] <= 0x39 { i += 1 }
        return i - start
    }

    /// Exactly `count` ASCII digits (at least `count` when `orMore`) as a number.
    static func fixedDigits(_ text: Substring, _ count: Int, orMore: Bool = false) -> Int? {
        guard orMore ? text.count >= count : text.count == count,
            text.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }), text.count <= 9
        else { return nil }
        return Int(text)
    }

    static func isLeap(_ year: Int) -> Bool { year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// `yyyy-mm` as months since year 0; the year has four or more digits and is above 0.
    static func yearMonth(_ text: Substring) -> (year: Int, month: Int)? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, let year = fixedDigits(parts[0], 4, orMore: true), year > 0,
            let month = fixedDigits(parts[1], 2), (1...12).contains(month)
        else { return nil }
        return (year, month)
    }

    static func month(_ text: String) -> Double? {
        yearMonth(Substring(text)).map { $0.year * 12 + $0.month - 1 }.flatMap {
            $0 <= 275_760 * 12 + 8 ? Double($0) : nil
        }
    }

    /// `yyyy-mm-dd` as days since 0000-03-01 (any monotonic day count works).
    static func date(_ text: Substring) -> Int? {
        guard let lastDash = text.lastIndex(of: "-"), let ym = yearMonth(text[..<lastDash]),
            let day = fixedDigits(text[text.index(after: lastDash)...], 2),
            day >= 1, day <= daysIn(month: ym.month, year: ym.year)
        else { return nil }
        let number = dayNumber(year: ym.year, month: ym.month, day: day)
        return number <= lastDay ? number : nil
    }

    /// The last day a browser represents (JavaScript's largest date, 275760-09-13); later dates are
    /// invalid values.
    static let lastDay = dayNumber(year: 275_760, month: 9, day: 13)

    static func dayNumber(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let m = month <= 2 ? month + 9 : month - 3
        return 365 * y + y / 4 - y / 100 + y / 400 + (153 * m + 2) / 5 + day - 1
    }

    /// `yyyy-Www`: the week number is at most the year's ISO week count (52, or 53 for years whose
    /// 1 January is a Thursday, or a Wednesday in a leap year).
    static func week(_ text: String) -> Double? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, let year = fixedDigits(parts[0], 4, orMore: true), year > 0,
            parts[1].first == "W", let week = fixedDigits(parts[1].dropFirst(), 2), week >= 1
        else { return nil }
        let jan1 = (dayNumber(year: year, month: 1, day: 1) + 2) % 7  // 0 = Monday
        let weeks = jan1 == 3 || (jan1 == 2 && isLeap(year)) ? 53 : 52
        guard week <= weeks else { return nil }
        return Double(year * 53 + week)
    }

    /// `hh:mm`, `hh:mm:ss`, `hh:mm:ss.s…` (1–3 fraction digits) as milliseconds since midnight.
    static func time(_ text: Substring) -> Double? {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2 || parts.count == 3, let hour = fixedDigits(parts[0], 2), hour < 24,
            let minute = fixedDigits(parts[1], 2), minute < 60
        else { return nil }
        var ms = Double((hour * 60 + minute) * 60_000)
        if parts.count == 3 {
            let secondParts = parts[2].split(separator: ".", omittingEmptySubsequences: false)
            guard secondParts.count <= 2, let second = fixedDigits(secondParts[0], 2), second < 60 else { return nil }
            ms += Double(second * 1000)
            if secondParts.count == 2 {
                let fraction = secondParts[1]
                guard (1...3).contains(fraction.count), let f = fixedDigits(fraction, fraction.count) else {
                    return nil
                }
                ms += Double(f) * [100.0, 10, 1][fraction.count - 1]
            }
        }
        return ms
    }

    /// `date` `T` (or a space) `time`.
    static func dateTime(_ text: String) -> Double? {
        guard let separator = text.firstIndex(where: { $0 == "T" || $0 == " " }),
            let day = date(text[..<separator]), let ms = time(text[text.index(after: separator)...])
        else { return nil }
        return Double(day) * 86_400_000 + ms
    }
}
