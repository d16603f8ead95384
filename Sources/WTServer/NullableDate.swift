import Foundation

/// A timestamp that is always present on the wire, as an ISO-8601 string or as `null` (the generated
/// coder would leave a nil optional out, and the published client requires the key). Stands in for
/// the document's `NullableTimestamp` through the generator's `typeOverrides`.
public struct NullableDate: Codable, Hashable, Sendable {
    public var date: Date?

    public init(_ date: Date?) {
        self.date = date
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            date = nil
            return
        }
        let text = try container.decode(String.self)
        guard let parsed = try? Date(text, strategy: .iso8601) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "not an ISO-8601 timestamp")
        }
        date = parsed
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        if let date {
            try container.encode(date.formatted(.iso8601))
        } else {
            try container.encodeNil()
        }
    }
}
