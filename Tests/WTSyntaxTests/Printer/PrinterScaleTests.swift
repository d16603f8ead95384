import Foundation
import Testing
import WTSyntax

@Suite("Printer: scale")
struct PrinterScaleTests {
    /// A generated-looking program: `count` loops of five statements each, one record extraction inside.
    static func largeProgram(loops count: Int) -> Program {
        let fields = RecordBody([
            FieldBinding(name: Identifier("text"), value: .extraction(.read(.text, .css(".text")))),
            FieldBinding(name: Identifier("author"), value: .extraction(.read(.text, .css("small.author")))),
        ])
        let loop = Statement(
            .repeatLoop(
                count: .int(10), counter: Identifier("i"),
                body: Block([
                    .extract("quotes", .append, .each(.css(".quote"), fields)),
                    Statement(
                        .ifElse(
                            condition: .not(.exists(.css("li.next > a"))), then: Block([Statement(.breakLoop)]),
                            otherwise: nil)),
                    Statement(.click(.css("li.next > a"), timeout: .ms(5_000)), trivia: .trail("next page")),
                ])), trivia: .blank)
        var statements = Array(repeating: loop, count: count)
        // The flag means nothing on the first statement; leave it off so the tree survives a round trip.
        if !statements.isEmpty { statements[0].trivia = Trivia() }
        return .named("large", statements: statements)
    }

    @Test("a 100,000-line program prints in one pass")
    func hundredThousandLines() {
        let program = Self.largeProgram(loops: 10_000)
        let start = ContinuousClock.now
        let text = Printer.print(program)
        let elapsed = ContinuousClock.now - start
        // 10 lines per loop plus a blank line between loops, and the header.
        #expect(text.utf8.count(where: { $0 == UInt8(ascii: "\n") }) == 10_000 * 11 - 1 + 2)
        // Generous: linear printing takes well under a second even in a debug build; quadratic takes minutes.
        #expect(elapsed < .seconds(20))
    }
}
