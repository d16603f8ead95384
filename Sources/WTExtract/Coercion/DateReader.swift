/// Reads the dates pages show and writes them as ISO 8601.
///
/// Forms read (English month and weekday names, any case, full or abbreviated to three letters or
/// more; a leading weekday is ignored, and ordinals like `29th` are read as numbers):
/// - ISO 8601: `2026-11-29`, `2026-11-29T10:30`, `2026-11-29 10:30:00.5+01:00`, `…Z`.
/// - `29 Nov 2026`, `29 November, 2026`, `29-Nov-2026`, `Sunday, 29th of November 2026`.
/// - `November 29, 2026`, `Nov 29 2026`, `2026 Nov 29`.
/// - `2026/11/29`, `2026.11.29`; `29.11.2026` (dots: day first).
/// - `11/29/2026` and `11-29-2026`: month first, as in the US, unless the first number is above 12
///   (`29/11/2026` is read day first). So `11/12/2026` is November 12.
/// - RFC 2822: `Sun, 29 Nov 2026 10:30:00 +0000` (also `GMT`, `UTC`, `EST`, `PDT`, …).
/// - A time after the date (or before it): `10:30`, `10:30:15.250`, `10:30 PM`, `10:30 a.m.`, with a
///   zone `Z`, `+0100`, `+01:00`, `GMT`, `UTC`, or a North American or central European abbreviation.
/// Two-digit years mean 2000–2069 below 70 and 1970–1999 from 70, as POSIX `strptime` does.
/// Relative dates (`yesterday`, `3 days ago`) are refused: they depend on when the page was read.
struct DateReader {
    enum Token: Equatable {
        case number(String)
        case word(String)
        case mark(Character)
    }

    struct Time {
        var hour: Int
        var minute: Int
        var second: Int
        var fraction: String
        /// `Z`, `+01:00`, or nil for a local time.
        var zone: String?
    }

    var tokens: [Token]
    let text: String

    static func read(_ text: String) throws(ExtractError) -> String {
        var reader = DateReader(tokens: tokenize(text), text: text)
        let time = try reader.takeTime()
        let (year, month, day) = try reader.readDate()
        let date = "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
        guard let time else { return date }
        let clock = "\(pad(time.hour, 2)):\(pad(time.minute, 2)):\(pad(time.second, 2))"
        let fraction = time.fraction.isEmpty ? "" : "." + time.fraction
        return "\(date)T\(clock)\(fraction)\(time.zone ?? "")"
    }

    static func tokenize(_ text: String) -> [Token] {
        var tokens: [Token] = []
        var run = ""
        var runIsDigits = false
        func flush() {
            guard !run.isEmpty else { return }
            tokens.append(runIsDigits ? .number(run) : .word(run.lowercased()))
            run = ""
        }
        for c in text {
            let isDigit = c.isASCII && c.isNumber
            if isDigit || c.isLetter {
                if !run.isEmpty && runIsDigits != isDigit { flush() }
                runIsDigits = isDigit
                run.append(c)
            } else {
                flush()
                if !c.isWhitespace { tokens.append(.mark(c)) }
            }
        }
        flush()
        return tokens
    }

    var failure: ExtractError { ExtractMessage.notADate(text) }

    static func pad(_ n: Int, _ width: Int) -> String {
        let digits = String(n)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }

    static func number(_ token: Token?) -> (value: Int, digits: Int)? {
        guard case .number(let s)? = token, s.count <= 9, let value = Int(s) else { return nil }
        return (value, s.count)
    }

    static let months = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december",
    ]
    static let weekdays = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

    /// 1–12 for a month name or an abbreviation of at least three letters.
    static func month(_ word: String) -> Int? {
        guard word.count >= 3 else { return nil }
        return months.firstIndex { $0.hasPrefix(word) }.map { $0 + 1 }
    }

    static func isWeekday(_ word: String) -> Bool {
        word.count >= 3 && weekdays.contains { $0.hasPrefix(word) }
    }
}
