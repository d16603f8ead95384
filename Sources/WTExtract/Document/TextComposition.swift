/// What a text is made of, counted without rendering it (`HTMLDocument.textCompositions`): enough to tell
/// which elements cannot show a given value without rendering every element's text, which repeats each
/// descendant's work at every level above it.
public struct TextComposition: Sendable, Hashable {
    /// Printable ASCII characters (`!` to `~`), exactly. The text has at least this many characters (no
    /// grapheme cluster holds two), and is not canonically equivalent to a string of fewer bytes (no
    /// character decomposes into more than one).
    public var printableASCII = 0
    /// ASCII digits (`0` to `9`), exactly.
    public var asciiDigits = 0
    /// Bytes above ASCII: for an element, those of the text nodes it shows, at least as many as its text
    /// has non-ASCII characters (Unicode scalars).
    public var nonASCIIBytes = 0
    /// A hash of the printable ASCII characters in order: texts with the same bytes have the same hash.
    public var printableHash: UInt64 = 0
    /// `base` to the power `printableASCII`, to append to the hash.
    var power: UInt64 = 1

    static let base: UInt64 = 0x100_0000_01B3

    public init() {}

    /// The composition of `text` itself.
    public init(of text: String) {
        for byte in text.utf8 { add(byte) }
    }

    mutating func add(_ byte: UInt8) {
        if byte >= 0x80 {
            nonASCIIBytes += 1
        } else if byte >= 0x21 && byte <= 0x7E {
            printableASCII += 1
            if byte >= 0x30 && byte <= 0x39 { asciiDigits += 1 }
            printableHash = printableHash &* Self.base &+ UInt64(byte)
            power = power &* Self.base
        }
    }

    /// The composition of this text followed by `other`.
    mutating func append(_ other: Self) {
        printableASCII += other.printableASCII
        asciiDigits += other.asciiDigits
        nonASCIIBytes += other.nonASCIIBytes
        printableHash = printableHash &* other.power &+ other.printableHash
        power = power &* other.power
    }
}
