import WTSema

/// A value during a run: parameters, variables, extracted data and outputs.
///
/// Records keep their fields in declaration order so the JSON result reads like the program.
public indirect enum Value: Sendable, Hashable {
    case null
    case string(String)
    case int(Int)
    case number(Double)
    case bool(Bool)
    /// An absolute URL.
    case url(String)
    /// ISO-8601: `2026-11-29` or a full date-time.
    case date(String)
    /// Never printed, logged or written to an output; only typed into fields.
    case secret(String)
    case file(FileRef)
    case list([Value])
    case record([Field])

    public struct Field: Sendable, Hashable {
        public var name: String
        public var value: Value

        public init(_ name: String, _ value: Value) {
            self.name = name
            self.value = value
        }
    }

    /// The field of a record, or nil.
    public subscript(field name: String) -> Value? {
        if case .record(let fields) = self { return fields.first { $0.name == name }?.value }
        return nil
    }

    /// Text for interpolation and for typing into fields; nil for lists, records and null.
    public var text: String? {
        switch self {
        case .string(let s), .url(let s), .date(let s), .secret(let s): s
        case .int(let i): String(i)
        case .number(let d): Value.format(d)
        case .bool(let b): b ? "true" : "false"
        case .file(let f): f.path
        case .null, .list, .record: nil
        }
    }

    /// Numbers print without a trailing `.0` when they are whole, as JSON readers expect.
    static func format(_ d: Double) -> String {
        if d.isFinite, d == d.rounded(), abs(d) < 1e15 { return String(Int(d)) }
        return String(d)
    }
}

/// A downloaded file: where it was saved in the run's folder and what it is.
public struct FileRef: Sendable, Hashable {
    public var path: String
    public var name: String
    public var mediaType: String?
    public var size: Int

    public init(path: String, name: String, mediaType: String?, size: Int) {
        self.path = path
        self.name = name
        self.mediaType = mediaType
        self.size = size
    }
}
