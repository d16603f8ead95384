import Foundation
import WTSyntax
import WTTrace

/// Parameter binding: a literal equal to a parameter's value becomes a reference to it, and URLs whose
/// path or query carry a parameter's value become templates (`"{base_url}/tag/{tag}/"`).
struct ParameterBinder {
    struct Known {
        var name: String
        var type: String
        var text: String
    }

    /// Parameters with a value, in declaration order (the first wins when two share a value).
    let known: [Known]

    init(_ parameters: [TraceParameter]) {
        known = parameters.compactMap { p in
            guard let value = p.value, let text = Self.text(value), !text.isEmpty else { return nil }
            return Known(name: p.name, type: p.type, text: text)
        }
    }

    /// A value typed into the page: the parameter it came from, or a string literal.
    func value(_ text: String) -> Expr {
        if let p = known.first(where: { $0.text == text }) { return Syntax.reference(p.name) }
        return Syntax.string(text)
    }

    /// The parameter whose value this is, if any.
    func parameter(for text: String) -> String? { known.first { $0.text == text }?.name }

    /// A URL as a template: a `url` parameter that is a prefix of it, then whole path segments and query
    /// values equal to other parameters' values.
    func url(_ url: String) -> [TemplatePart] {
        var parts: [TemplatePart] = []
        var rest = url
        let prefixes = known.filter { $0.type == "url" }.sorted { $0.text.count > $1.text.count }
        for p in prefixes {
            let base = p.text.hasSuffix("/") ? String(p.text.dropLast()) : p.text
            guard rest.hasPrefix(base),
                rest.count == base.count || "/?#".contains(rest[rest.index(rest.startIndex, offsetBy: base.count)])
            else { continue }
            parts.append(.reference(p.name))
            rest = String(rest.dropFirst(base.count))
            break
        }
        parts += segments(rest)
        return Self.merge(parts)
    }

    /// Splits at `/`, `?`, `&`, `=` and `#`, and replaces whole pieces equal to a scalar parameter's value.
    private func segments(_ text: String) -> [TemplatePart] {
        URLPieces.split(text).map { piece in
            let decoded = piece.removingPercentEncoding ?? piece
            guard let p = known.first(where: { $0.type != "url" && $0.type != "secret" && $0.text == decoded }) else {
                return .text(piece)
            }
            return .reference(p.name)
        }
    }

    /// Adjacent literal parts joined into one.
    static func merge(_ parts: [TemplatePart]) -> [TemplatePart] {
        var out: [TemplatePart] = []
        for part in parts {
            if case .text(let t) = part, case .text(let previous)? = out.last {
                out[out.count - 1] = .text(previous + t)
            } else {
                out.append(part)
            }
        }
        return out
    }

    static func text(_ value: JSONValue) -> String? {
        switch value {
        case .string(let s): s
        case .number(let n): n == n.rounded() && abs(n) < 1e15 ? String(Int(n)) : String(n)
        case .bool(let b): b ? "true" : "false"
        default: nil
        }
    }
}
