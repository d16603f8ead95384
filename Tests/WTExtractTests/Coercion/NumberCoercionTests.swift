import Testing
import WTExtract

@Suite("Number and int coercion")
struct NumberCoercionTests {
    static let numbers: [(String, Double)] = [
        ("42", 42), ("1,234.56", 1234.56), ("$12.99", 12.99), ("12 345,6 €", 12345.6), ("1.234,56", 1234.56),
        ("1,234,567", 1_234_567), ("1.234.567,89", 1_234_567.89), ("−5", -5), ("-5", -5), ("(12.50)", -12.5),
        ("$ -3.10", -3.1), ("-$3.10", -3.1), ("12,5", 12.5), ("0,99 €", 0.99), ("0,123", 0.123), ("1,234", 1234),
        ("1.234", 1.234), ("1'234.50 CHF", 1234.5), ("12\u{00A0}345", 12345), ("12\u{202F}345,00", 12345),
        (".99", 0.99), ("$.99", 0.99), ("1,23,456", 123_456), ("4.5 out of 5 stars", 4.5),
        ("1,234 reviews", 1234), ("Price: 12 to 15", 12), ("SKU-123", 123), ("45%", 45), ("USD 1,000", 1000),
    ]

    @Test("numbers are read in the common written forms", arguments: numbers)
    func number(_ text: String, _ expected: Double) throws {
        #expect(try Coercion.number(text) == expected)
    }

    static let notNumbers = ["twelve", "", "   ", "1.2.3", "1,2,3", "1,234.567.8", "$", "n/a"]

    @Test("text without a readable number fails, quoting the text", arguments: notNumbers)
    func notANumber(_ text: String) {
        let error = #expect(throws: ExtractError.self) { try Coercion.number(text) }
        #expect(error?.message == "cannot read \"\(text)\" as a number")
        #expect(error?.id == "extract.not-a-number")
    }

    @Test("whole numbers accept grouping and zero fractions")
    func wholeNumbers() throws {
        #expect(try Coercion.int("1,234") == 1234)
        #expect(try Coercion.int("12.00") == 12)
        #expect(try Coercion.int("−7 items") == -7)
        #expect(try Coercion.int("9223372036854775807") == Int.max)
    }

    @Test("a fraction is not a whole number")
    func fractionIsNotInt() {
        let error = #expect(throws: ExtractError.self) { try Coercion.int("12.5") }
        #expect(error?.message == "cannot read \"12.5\" as a whole number")
        #expect(throws: ExtractError.self) { try Coercion.int("99999999999999999999") }
    }
}
