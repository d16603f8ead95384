import Foundation

/// A deterministic pseudo-random source (SplitMix64), so every run generates the same site.
struct SplitMix {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func int(_ range: Range<Int>) -> Int {
        range.lowerBound + Int(next() % UInt64(range.count))
    }

    mutating func pick<T>(_ items: [T]) -> T { items[int(0..<items.count)] }

    mutating func words(_ n: Int) -> String {
        (0..<n).map { _ in pick(Catalog.lorem) }.joined(separator: " ")
    }
}

/// One product of the generated shop.
struct Product {
    var id: Int
    var name: String
    var brand: String
    var price: Double
    var was: Double?
    var rating: Double
    var reviewCount: Int
    var sku: String
    var features: [String]
    var excerpt: String

    var slug: String { name.lowercased().replacingOccurrences(of: " ", with: "-") }
    var path: String { "/p/\(slug)/" }
}

/// The shop's products and the words they are made of.
enum Catalog {
    static let size = 2_000
    static let queries = [
        "lamp", "chair", "table", "shelf", "cushion", "rug", "mirror", "vase", "clock", "desk", "stool", "bench",
        "throw", "basket", "planter", "candle", "frame", "hook", "tray", "bowl", "mug", "kettle", "sofa", "bed",
    ]
    static let brands = [
        "Lumen & Co", "Northwood", "Atelier Nord", "Fernhill", "Harbour Home", "Kiln Studio", "Oakfield",
        "Maison Rive", "Tallow", "Verde Living",
    ]
    static let adjectives = [
        "Walnut", "Linen", "Brass", "Oak", "Stoneware", "Wool", "Rattan", "Marble", "Copper", "Ash", "Velvet",
        "Ceramic", "Cotton", "Bamboo", "Slate", "Terracotta",
    ]
    static let lorem =
        ("soft light warm hand made natural finish solid wood sturdy frame easy care machine washable "
        + "designed in small batches every piece slightly different oil rubbed tested for everyday use "
        + "fits small rooms pairs well with matte glaze kiln fired recycled fibres water based lacquer")
        .split(separator: " ").map(String.init)

    static let products: [Product] = (0..<size).map(product)

    private static func product(_ id: Int) -> Product {
        var r = SplitMix(seed: UInt64(id) &+ 17)
        let noun = queries[id % queries.count]
        let name = "\(r.pick(adjectives)) \(noun.capitalized) \(String(format: "%04d", id))"
        let cents = Double(r.int(0..<100)) / 100
        let price = Double(r.int(9..<1_400)) + cents
        let was = r.int(0..<4) == 0 ? price + Double(r.int(5..<120)) : nil
        return Product(
            id: id, name: name, brand: r.pick(brands), price: price, was: was,
            rating: Double(r.int(20..<51)) / 10, reviewCount: r.int(0..<900),
            sku: "\(noun.prefix(2).uppercased())-\(String(format: "%05d", id * 7 + 3))",
            features: (0..<4).map { _ in r.words(3) }, excerpt: r.words(40))
    }

    /// "$1,234.50", as the pages show prices.
    static func money(_ value: Double) -> String {
        let cents = Int((value * 100).rounded())
        var whole = String(cents / 100)
        var grouped = ""
        while whole.count > 3 {
            grouped = "," + whole.suffix(3) + grouped
            whole.removeLast(3)
        }
        return "$" + whole + grouped + "." + String(format: "%02d", cents % 100)
    }
}
