import Foundation
import Hummingbird

/// An `application/x-www-form-urlencoded` body as a dictionary (the last of repeated names wins).
struct FormFields: Sendable {
    /// Forms are small; a larger body is cut off at this many bytes.
    static let limit = 1 << 20

    private var values: [String: String] = [:]

    /// A body over `limit` bytes (answered 413 by `ConsoleHeadersMiddleware`).
    struct TooLarge: Error {}

    init(_ request: Request) async throws {
        guard let buffer = try? await request.body.collect(upTo: Self.limit) else { throw TooLarge() }
        self.init(text: String(buffer: buffer))
    }

    init(text: String) {
        for pair in text.split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = Self.decode(parts[0])
            values[name] = parts.count > 1 ? Self.decode(parts[1]) : ""
        }
    }

    subscript(_ name: String) -> String? { values[name] }

    private static func decode(_ text: Substring) -> String {
        let spaced = text.replacingOccurrences(of: "+", with: " ")
        return spaced.removingPercentEncoding ?? spaced
    }
}
