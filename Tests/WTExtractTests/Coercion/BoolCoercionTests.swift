import Testing
import WTExtract

@Suite("Bool coercion")
struct BoolCoercionTests {
    @Test(
        "yes/no words are read in any case",
        arguments: [
            ("true", true), ("Yes", true), ("ON", true), ("1", true), (" no ", false), ("False", false), ("off", false),
            ("0", false),
        ])
    func reads(_ text: String, _ expected: Bool) throws {
        #expect(try Coercion.bool(text) == expected)
    }

    @Test("other text fails and says what is accepted")
    func rejects() {
        let error = #expect(throws: ExtractError.self) { try Coercion.bool("maybe") }
        #expect(error?.message.hasPrefix("cannot read \"maybe\" as a yes/no value") == true)
    }
}
