import Testing
import WTExtract
import WTSyntax

@testable import WTEngine

/// The runtime and the compiler read a field through `WTExtract.FieldKind(keyword:attribute:)`: every kind
/// the language has must name one, the attribute kinds with their attribute.
@Suite("Field kinds, language to engine")
struct FieldKindMappingTests {
    @Test("every language field kind names an engine kind")
    func everyKind() {
        for kind in WTSyntax.FieldKind.allCases {
            #expect(WTExtract.FieldKind(keyword: kind.rawValue, attribute: "href") != nil, "\(kind)")
        }
        #expect(ValueConversion.kind(.attr, attribute: "href") == .attr("href"))
        #expect(ValueConversion.kind(.urls, attribute: nil) == .urls)
        #expect(WTExtract.FieldKind(keyword: "bogus", attribute: nil) == nil)
    }
}
