import Foundation

/// The pictures a report refers to, by id, each kept once. A run's recorder adds each screenshot as it is
/// taken; identical pictures (a step that did not change the page) share one id.
public struct ReportImages: Sendable, Hashable {
    /// One JPEG picture and its size in pixels (read from the JPEG itself).
    public struct Picture: Sendable, Hashable {
        public var jpeg: Data
        public var width: Int
        public var height: Int
    }

    public private(set) var pictures: [String: Picture] = [:]
    private var idsByContent: [Data: String] = [:]

    public init() {}

    /// Adds a JPEG and returns its id (`p3`); the id of an identical picture added before, if any.
    /// Returns nil for bytes that are not a JPEG with a readable size.
    public mutating func add(_ jpeg: Data) -> String? {
        if let id = idsByContent[jpeg] { return id }
        guard let size = JPEGSize.read(jpeg) else { return nil }
        let id = "p\(pictures.count + 1)"
        pictures[id] = Picture(jpeg: jpeg, width: size.width, height: size.height)
        idsByContent[jpeg] = id
        return id
    }

    /// The bytes of every picture together.
    public var totalBytes: Int { pictures.values.reduce(0) { $0 + $1.jpeg.count } }
}

/// The pixel size of a JPEG, from its first start-of-frame segment.
enum JPEGSize {
    static func read(_ data: Data) -> (width: Int, height: Int)? {
        let bytes = [UInt8](data)
        guard bytes.count > 4, bytes[0] == 0xFF, bytes[1] == 0xD8 else { return nil }
        var i = 2
        while i + 9 < bytes.count {
            guard bytes[i] == 0xFF else { return nil }
            let marker = bytes[i + 1]
            if marker == 0xFF {  // fill byte
                i += 1
                continue
            }
            let length = Int(bytes[i + 2]) << 8 | Int(bytes[i + 3])
            // Start of frame: baseline, extended, progressive, lossless (not DHT 0xC4, JPG 0xC8, DAC 0xCC).
            if (0xC0...0xCF).contains(marker), ![0xC4, 0xC8, 0xCC].contains(marker) {
                let height = Int(bytes[i + 5]) << 8 | Int(bytes[i + 6])
                let width = Int(bytes[i + 7]) << 8 | Int(bytes[i + 8])
                return width > 0 && height > 0 ? (width, height) : nil
            }
            guard length >= 2 else { return nil }
            i += 2 + length
        }
        return nil
    }
}
