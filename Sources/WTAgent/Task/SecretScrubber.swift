import Foundation
import WTDiagnostics
import WTTrace

/// Removes secret values from text and JSON before anything is stored, logged or sent: every occurrence
/// of a value, and of the forms it takes on the way (percent-encoded in a URL or a form body, escaped in
/// JSON or HTML), becomes `{name}` (for prompts, so the model can still refer to it) or `••••` (for display).
///
/// Matches are found on the UTF-8 bytes, anywhere (also inside a longer word: a password is no less secret
/// for being followed by a letter). Where occurrences overlap, the earliest and then the longest wins and
/// anything the others covered is swallowed into it, so no byte of any secret survives.
public struct SecretScrubber: Sendable {
    /// How a secret is replaced.
    public enum Style: Sendable {
        /// `{name}`: the parameter's placeholder, for text the model reads.
        case placeholder
        /// `••••`, for people.
        case mask
    }

    /// What `.mask` writes.
    public static let mask = "••••"

    private struct Needle: Sendable {
        var bytes: [UInt8]
        var name: String
    }

    /// Every form of every secret, longest first.
    private let needles: [Needle]

    /// A scrubber for secret name → value pairs; empty values are ignored (they occur everywhere).
    public init(_ secrets: [(name: String, value: String)]) {
        var seen = Set<[UInt8]>()
        var needles: [Needle] = []
        for (name, value) in secrets where !value.isEmpty {
            for form in Self.forms(of: value) where seen.insert(Array(form.utf8)).inserted {
                needles.append(Needle(bytes: Array(form.utf8), name: name))
            }
        }
        self.needles = needles.sorted { $0.bytes.count > $1.bytes.count }
    }

    /// A scrubber for the task's secret parameters.
    public init(_ input: TaskInput) { self.init(input.secretValues) }

    /// True when there is nothing to scrub.
    public var isEmpty: Bool { needles.isEmpty }

    /// `text` with every secret replaced.
    public func scrub(_ text: String, style: Style = .placeholder) -> String {
        guard !needles.isEmpty else { return text }
        let bytes = Array(text.utf8)
        let matches = occurrences(in: bytes)
        guard !matches.isEmpty else { return text }
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var cursor = 0
        for match in matches {
            if match.start >= cursor {
                output += bytes[cursor..<match.start]
                output += Array(replacement(match.name, style).utf8)
                cursor = match.end
            } else if match.end > cursor {
                // Overlaps a secret already replaced: its tail goes too.
                cursor = match.end
            }
        }
        output += bytes[cursor...]
        return String(decoding: output, as: UTF8.self)
    }

    /// `value` with every secret replaced in strings and object keys. A number whose text holds a secret
    /// becomes the scrubbed text, since keeping the type would keep the secret.
    public func scrub(_ value: JSONValue, style: Style = .placeholder) -> JSONValue {
        guard !needles.isEmpty else { return value }
        switch value {
        case .null, .bool: return value
        case .number(let number):
            let text = SchemaValidationMessages.number(number)
            let scrubbed = scrub(text, style: style)
            return scrubbed == text ? value : .string(scrubbed)
        case .string(let text): return .string(scrub(text, style: style))
        case .array(let items): return .array(items.map { scrub($0, style: style) })
        case .object(let members):
            return .object(members.map { .init(scrub($0.key, style: style), scrub($0.value, style: style)) })
        }
    }

    /// The names of the secrets found in `bytes` in any of their forms, sorted: for tests and audits that
    /// search what was written or sent.
    public func secretsFound(in bytes: [UInt8]) -> [String] {
        Set(occurrences(in: bytes).map(\.name)).sorted()
    }

    private func replacement(_ name: String, _ style: Style) -> String {
        style == .mask ? Self.mask : "{\(name)}"
    }

    /// Every occurrence of every form, by start and then longest first.
    private func occurrences(in bytes: [UInt8]) -> [(start: Int, end: Int, name: String)] {
        var found: [(start: Int, end: Int, name: String)] = []
        for needle in needles {
            let first = needle.bytes[0]
            let length = needle.bytes.count
            var start = 0
            while start + length <= bytes.count {
                if bytes[start] == first, bytes[start..<start + length].elementsEqual(needle.bytes) {
                    found.append((start, start + length, needle.name))
                }
                start += 1
            }
        }
        return found.sorted { $0.start != $1.start ? $0.start < $1.start : $0.end > $1.end }
    }

    /// The value as written, percent-encoded (strict, form-style with `+` for spaces; upper- and lowercase
    /// hex), JSON-escaped and HTML-escaped.
    static func forms(of value: String) -> [String] {
        var forms = [value]
        let unreserved = CharacterSet(charactersIn: "-._~").union(asciiAlphanumerics)
        let form = CharacterSet(charactersIn: "*-._ ").union(asciiAlphanumerics)
        for encoded in [
            value.addingPercentEncoding(withAllowedCharacters: unreserved),
            value.addingPercentEncoding(withAllowedCharacters: form)?.replacing(" ", with: "+"),
            value.addingPercentEncoding(withAllowedCharacters: .urlQueryAllowed),
        ] {
            guard let encoded else { continue }
            forms += [encoded, lowercaseEscapes(encoded)]
        }
        forms.append(String(JSONText.quoted(value).dropFirst().dropLast()))
        forms.append(htmlEscaped(value))
        return forms
    }

    private static let asciiAlphanumerics = CharacterSet(
        charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")

    /// `%2F` → `%2f`, leaving the rest alone.
    private static func lowercaseEscapes(_ text: String) -> String {
        var output = ""
        var left = 0
        for character in text {
            if character == "%" {
                left = 2
            } else if left > 0 {
                left -= 1
                output += character.lowercased()
                continue
            }
            output.append(character)
        }
        return output
    }

    private static func htmlEscaped(_ text: String) -> String {
        text.replacing("&", with: "&amp;").replacing("<", with: "&lt;").replacing(">", with: "&gt;")
            .replacing("\"", with: "&quot;").replacing("'", with: "&#39;")
    }
}
