import Foundation
import WTDiagnostics
import WTSema
import WTSyntax

/// Reads one parameter value as its declared type (the rules are on `Parameters`).
enum ParameterValue {
    struct Problem: Error {
        var message: String
    }

    /// A given value: text is parsed, other values are converted (`int` widens to `number`, …).
    static func convert(_ value: Value, to type: WTType, name: String) throws(Problem) -> Value {
        let reader = Reader(name: name, declared: type)
        if case .string(let text) = value { return try reader.text(text, as: type) }
        do {
            return try Coercion.convert(value, to: type, path: name)
        } catch {
            throw Problem(message: "parameter '\(name)' is \(type), but the value is \(Coercion.kindName(value))")
        }
    }

    /// A default as written in the program (the checker made sure it fits the type).
    static func literal(_ expr: Expr, _ type: WTType) -> Value {
        let target = type.unwrapped
        switch (expr.kind, target) {
        case (.string(let s), .url): return .url(s.plainText ?? "")
        case (.string(let s), .date): return .date(s.plainText ?? "")
        case (.string(let s), .secret): return .secret(s.plainText ?? "")
        case (.string(let s), _): return .string(s.plainText ?? "")
        case (.int(let i), .number): return .number(Double(i))
        case (.int(let i), _): return .int(i)
        case (.number(let text), _): return .number(Double(text) ?? 0)
        case (.bool(let b), _): return .bool(b)
        case (.list(let items), .list(let element)): return .list(items.map { literal($0, element) })
        case (.negate(let inner), _):
            switch literal(inner, type) {
            case .int(let i): return .int(-i)
            case .number(let d): return .number(-d)
            case let other: return other
            }
        default: return .null
        }
    }
}

/// Parses text and JSON for one parameter, naming it and its type in every problem.
private struct Reader {
    let name: String
    let declared: WTType

    func problem(_ what: String) -> ParameterValue.Problem {
        ParameterValue.Problem(message: "parameter '\(name)' is \(declared), but \(what)")
    }

    /// Secrets are never quoted back.
    func shown(_ text: String) -> String {
        declared.unwrapped == .secret || declared.elementType?.unwrapped == .secret ? "the value" : "'\(text)'"
    }

    func text(_ text: String, as type: WTType) throws(ParameterValue.Problem) -> Value {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        switch type {
        case .optional(let wrapped): return try self.text(text, as: wrapped)
        case .string, .error: return .string(text)
        case .secret: return .secret(text)
        case .int:
            guard let i = Int(trimmed) else { throw problem("\(shown(text)) is not an int") }
            return .int(i)
        case .number:
            guard let d = Double(trimmed), d.isFinite else { throw problem("\(shown(text)) is not a number") }
            return .number(d)
        case .bool:
            guard trimmed == "true" || trimmed == "false" else {
                throw problem("\(shown(text)) is not a bool (write true or false)")
            }
            return .bool(trimmed == "true")
        case .url:
            guard let url = URL(string: trimmed), url.scheme != nil, url.host != nil else {
                throw problem("\(shown(text)) is not an absolute URL (write it as https://host/path)")
            }
            return .url(trimmed)
        case .date:
            guard DateLiteral.isValid(trimmed) else {
                throw problem("\(shown(text)) is not a date (write 2026-11-29 or 2026-11-29T10:00:00Z)")
            }
            return .date(trimmed)
        case .file: return try file(text)
        case .list(let element):
            guard trimmed.hasPrefix("[") else { return try commaList(trimmed, element) }
            return try json(trimmed, as: type)
        case .record: return try json(trimmed, as: type)
        }
    }

    private func commaList(_ text: String, _ element: WTType) throws(ParameterValue.Problem) -> Value {
        guard !text.isEmpty else { return .list([]) }
        var items: [Value] = []
        for part in text.split(separator: ",", omittingEmptySubsequences: false) {
            items.append(try self.text(part.trimmingCharacters(in: .whitespaces), as: element))
        }
        return .list(items)
    }

    private func file(_ path: String) throws(ParameterValue.Problem) -> Value {
        let attributes = try? FileManager.default.attributesOfItem(atPath: path)
        guard let attributes, attributes[.type] as? FileAttributeType != .typeDirectory else {
            throw problem("there is no file at '\(path)'")
        }
        let size = (attributes[.size] as? NSNumber)?.intValue ?? 0
        let url = URL(fileURLWithPath: path)
        return .file(FileRef(path: url.path, name: url.lastPathComponent, mediaType: nil, size: size))
    }

    private func json(_ text: String, as type: WTType) throws(ParameterValue.Problem) -> Value {
        let node: JSONNode
        do {
            node = try PositionedJSON.parse(Array(text.utf8))
        } catch {
            throw problem("its value is not valid JSON (\(error.message.text))")
        }
        return try value(node, as: type)
    }

    private func value(_ node: JSONNode, as type: WTType) throws(ParameterValue.Problem) -> Value {
        let mismatch = problem("the JSON has \(node.kindName) where \(type) goes")
        switch type {
        case .optional(let wrapped): return node.isNull ? .null : try value(node, as: wrapped)
        case .int: guard let i = node.intValue else { throw mismatch }; return .int(i)
        case .number: guard let d = node.numberValue else { throw mismatch }; return .number(d)
        case .bool: guard let b = node.boolValue else { throw mismatch }; return .bool(b)
        case .list(let element):
            guard let nodes = node.arrayValue else { throw mismatch }
            var items: [Value] = []
            for item in nodes { items.append(try value(item, as: element)) }
            return .list(items)
        case .record(let fields):
            guard let members = node.objectMembers else { throw mismatch }
            if let extra = members.first(where: { member in !fields.contains { $0.name == member.key } }) {
                throw problem("the JSON has a field '\(extra.key)' that \(type) does not have")
            }
            var out: [Value.Field] = []
            for field in fields {
                let member = members.first { $0.key == field.name }?.value ?? JSONNode(.null, range: .at(0))
                out.append(.init(field.name, try value(member, as: field.type)))
            }
            return .record(out)
        default:
            // Text-like types (string, url, date, secret, file) take a JSON string, read like a --param value.
            guard let string = node.stringValue else { throw mismatch }
            return try text(string, as: type)
        }
    }
}
