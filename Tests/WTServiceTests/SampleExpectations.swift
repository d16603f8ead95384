import Foundation
import WTDiagnostics
import WTTestSupport
import WTTrace

/// `samples/NAME/expected.json` with its placeholders filled in, and the shapes the agent's tools can give.
enum SampleExpectations {
    /// An expected.json that is not the object its test reads.
    struct Unexpected: Error {}

    /// The expected result with `BASE` replaced by the server's base URL (see samples/README.md).
    static func expected(_ name: String, base: String) throws -> JSONValue {
        let url = Paths.samples.appendingPathComponent(name).appendingPathComponent("expected.json")
        let text = try String(contentsOf: url, encoding: .utf8).replacingOccurrences(of: "\"BASE", with: "\"\(base)")
        return JSONValue(try PositionedJSON.parse(Array(text.utf8)))
    }

    /// `value` with every string starting with `base` (a server's URL) starting with `BASE` instead.
    static func based(_ value: JSONValue, on base: String) -> JSONValue {
        let root = base.hasSuffix("/") ? String(base.dropLast()) : base
        switch value {
        case .string(let text) where text.hasPrefix(root): return .string("BASE" + text.dropFirst(root.count))
        case .object(let members): return .object(members.map { .init($0.key, based($0.value, on: base)) })
        case .array(let items): return .array(items.map { based($0, on: base) })
        default: return value
        }
    }

    /// `value` without member `key` in any object inside it: a field the agent's tools cannot read.
    static func removing(_ key: String, from value: JSONValue) -> JSONValue {
        switch value {
        case .object(let members):
            .object(members.filter { $0.key != key }.map { .init($0.key, removing(key, from: $0.value)) })
        case .array(let items): .array(items.map { removing(key, from: $0) })
        default: value
        }
    }
}
