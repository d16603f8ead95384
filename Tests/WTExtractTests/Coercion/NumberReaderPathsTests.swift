import Testing
import WTTestSupport

@testable import WTExtract

/// `NumberReader` reads ASCII text byte by byte and other text character by character; both must read
/// every text alike. A text ending in " é" takes the character path and reads as the text without it
/// (nothing after a number's own characters changes how it reads), so random ASCII texts are read both ways.
@Suite("Number reader: byte and character paths")
struct NumberReaderPathsTests {
    static let pieces = [
        "0", "1", "2", "5", "9", "12", "007", "1234", ".", ",", " ", "'", "-", "(", ")", "$", "€", "a", "K", "x",
        "e", "SKU", "--", "  ", ".5", ",999", "1,234", "1.234,5",
    ]

    @Test("20,000 random texts read the same by bytes and by characters")
    func samePaths() {
        var random = SeededRandom(seed: 0x5EED_2026)
        var numbers = 0
        for _ in 0..<20_000 {
            let text = (0..<Int.random(in: 1...6, using: &random)).map { _ in random.pick(Self.pieces) }.joined()
            let ascii = text.unicodeScalars.allSatisfy(\.isASCII)
            let bytes = NumberReader.read(text)
            let characters = NumberReader.read(text + " é")
            #expect(bytes?.decimal == characters?.decimal, "\(text.debugDescription) (ASCII: \(ascii))")
            #expect(bytes?.negative == characters?.negative, "\(text.debugDescription)")
            if bytes != nil { numbers += 1 }
        }
        #expect(numbers > 10_000)
    }
}
