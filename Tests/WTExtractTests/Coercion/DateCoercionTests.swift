import Testing
import WTExtract

@Suite("Date coercion")
struct DateCoercionTests {
    static let dates: [(String, String)] = [
        ("2026-11-29", "2026-11-29"), ("29 Nov 2026", "2026-11-29"), ("November 29, 2026", "2026-11-29"),
        ("Nov 29, 2026", "2026-11-29"), ("Nov. 29 2026", "2026-11-29"), ("2026/11/29", "2026-11-29"),
        ("29.11.2026", "2026-11-29"), ("Sunday, 29 November 2026", "2026-11-29"),
        ("29th of November, 2026", "2026-11-29"),
        ("November 29th, 2026", "2026-11-29"), ("29-Nov-2026", "2026-11-29"), ("2026 Nov 29", "2026-11-29"),
        ("SEPT 1 2026", "2026-09-01"), ("11/29/2026", "2026-11-29"), ("29/11/2026", "2026-11-29"),
        ("11/12/2026", "2026-11-12"), ("1/2/26", "2026-01-02"), ("29.11.99", "1999-11-29"),
        ("29 February 2028", "2028-02-29"),
        ("2026-11-29T10:30", "2026-11-29T10:30:00"), ("2026-11-29T10:30:00Z", "2026-11-29T10:30:00Z"),
        ("2026-11-29 10:30:15.250+01:00", "2026-11-29T10:30:15.250+01:00"),
        ("2026-11-29T23:59:59-0500", "2026-11-29T23:59:59-05:00"),
        ("Sun, 29 Nov 2026 10:30:00 +0000", "2026-11-29T10:30:00Z"),
        ("Sun, 29 Nov 2026 10:30:00 GMT", "2026-11-29T10:30:00Z"),
        ("Sun, 29 Nov 2026 08:00:00 PST", "2026-11-29T08:00:00-08:00"),
        ("November 29, 2026 at 7:05 PM", "2026-11-29T19:05:00"),
        ("29 Nov 2026, 12:15 a.m.", "2026-11-29T00:15:00"), ("12:00 pm, 29 Nov 2026", "2026-11-29T12:00:00"),
    ]

    @Test("dates are read in ISO and common written forms and written as ISO 8601", arguments: dates)
    func reads(_ text: String, _ expected: String) throws {
        #expect(try Coercion.date(text) == expected)
    }

    static let notDates = [
        "yesterday", "3 days ago", "November 2026", "29 Nov", "13/13/2026", "2026-11-29T25:00", "soon", "",
    ]

    @Test("text that is not a full date fails, quoting it", arguments: notDates)
    func rejects(_ text: String) {
        let error = #expect(throws: ExtractError.self) { try Coercion.date(text) }
        #expect(error?.message.hasPrefix("cannot read \"\(text)\" as a date") == true)
    }

    @Test("an impossible day names the month's length")
    func impossibleDay() {
        let error = #expect(throws: ExtractError.self) { try Coercion.date("31 Feb 2026") }
        #expect(error?.message == "cannot read \"31 Feb 2026\" as a date: February 2026 has 28 days")
    }
}
