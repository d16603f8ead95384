import WTDiagnostics

/// A value extracted from a document, typed by the `FieldKind` that produced it.
public indirect enum ExtractedValue: Sendable, Hashable, CustomStringConvertible {
    /// Text.
    case string(String)
    /// A whole number.
    case int(Int)
    /// A number.
    case number(Double)
    /// A yes/no value.
    case bool(Bool)
    /// An absolute URL.
    case url(String)
    /// An ISO 8601 date (`2026-11-29`) or date-time (`2026-11-29T10:30:00Z`).
    case date(String)
    /// The values of a list kind, or the records of a record extraction.
    case list([ExtractedValue])
    /// Named fields in the order they were declared.
    case record([Field])
    /// An optional field whose element is absent.
    case null

    /// One named field of a record.
    public struct Field: Sendable, Hashable {
        /// The field's name.
        public var name: String
        /// The field's value.
        public var value: ExtractedValue

        /// Creates a field.
        public init(_ name: String, _ value: ExtractedValue) {
            self.name = name
            self.value = value
        }
    }

    /// The value of the record field `name`; nil for other values or unknown names.
    public subscript(field name: String) -> ExtractedValue? {
        guard case .record(let fields) = self else { return nil }
        return fields.first { $0.name == name }?.value
    }

    /// Compact JSON with fields in order: stable, so equal values print equally (used for hashes and
    /// test expectations).
    public var json: String {
        var out = ""
        write(to: &out)
        return out
    }

    /// The JSON form.
    public var description: String { json }

    private func write(to out: inout String) {
        switch self {
        case .string(let s), .url(let s), .date(let s): JSONText.appendQuoted(s, to: &out)
        case .int(let n): out += String(n)
        case .number(let n): out += Self.format(n)
        case .bool(let b): out += b ? "true" : "false"
        case .null: out += "null"
        case .list(let items):
            out += "["
            for (i, item) in items.enumerated() {
                if i > 0 { out += "," }
                item.write(to: &out)
            }
            out += "]"
        case .record(let fields):
            out += "{"
            for (i, field) in fields.enumerated() {
                if i > 0 { out += "," }
                JSONText.appendQuoted(field.name, to: &out)
                out += ":"
                field.value.write(to: &out)
            }
            out += "}"
        }
    }

    /// Whole numbers without a fraction (`12`), others in Swift's shortest round-trip form.
    static func format(_ n: Double) -> String {
        guard n.isFinite else { return "null" }
        if n == n.rounded(), abs(n) < 1e15 { return String(Int64(n)) }
        return String(n)
    }
}
