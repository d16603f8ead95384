import Foundation

/// How the console writes times, durations and money.
enum ConsoleFormat {
    /// `2026-12-08 00:15:02 UTC`.
    static func time(_ date: Date) -> String {
        let style = Date.ISO8601FormatStyle(dateSeparator: .dash, dateTimeSeparator: .space, timeZone: .gmt)
        let text = date.formatted(style)
        return (text.hasSuffix("Z") ? String(text.dropLast()) : text) + " UTC"
    }

    /// `1.2 s`, `3 min 4 s`, `2 h 5 min`.
    static func duration(_ seconds: TimeInterval) -> String {
        let value = max(seconds, 0)
        if value < 60 { return String(format: "%.1f s", value) }
        let whole = Int(value.rounded())
        if whole < 3600 { return "\(whole / 60) min \(whole % 60) s" }
        return "\(whole / 3600) h \(whole % 3600 / 60) min"
    }

    /// The run's time: from start (or creation) to completion; nil while it runs.
    static func duration(created: Date, started: Date?, completed: Date?) -> String? {
        completed.map { duration($0.timeIntervalSince(started ?? created)) }
    }

    /// AI dollars as the chart labels them.
    static func dollars(_ value: Double) -> String { CostChart.dollars(value) }

    /// A `YYYY-MM-DD` field as the start of that day in UTC; nil when blank; throws when malformed.
    static func day(_ text: String?) throws(DayError) -> Date? {
        guard let text = text?.trimmingCharacters(in: .whitespaces), !text.isEmpty else { return nil }
        let parts = text.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3, text.count == 10,
            let date = DateComponents(
                calendar: Calendar(identifier: .gregorian), timeZone: .gmt, year: parts[0], month: parts[1],
                day: parts[2]
            ).date, (1...12).contains(parts[1]), (1...31).contains(parts[2])
        else { throw DayError() }
        return date
    }

    /// A date field that is not `YYYY-MM-DD`.
    struct DayError: Error {}
}
