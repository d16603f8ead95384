import WTDiagnostics

/// JSON text for values: the result of a run (`RunResult.json`) and values in messages.
///
/// The rules, kept stable because results are compared byte for byte:
/// - record fields keep their order (declaration order), lists their order;
/// - `int` is written in decimal; a `number` that is whole and below 10^15 in magnitude is written without a
///   fraction (`12.0` → `12`, `-0.0` → `0`), any other finite number in Swift's shortest round-trip form
///   (`12.5`, `1e+16`); NaN and infinities, which JSON cannot hold, become `null`;
/// - `url` and `date` are strings; a `file` is `{"name", "path", "mediaType", "size"}`;
/// - a `secret` is never written: it appears as the string `"<secret>"` (the checker keeps secrets out of
///   outputs; this is the second line of defence);
/// - strings escape `"`, `\` and control characters; everything else is written as UTF-8.
///
/// Compact output has no spaces and no final newline; pretty output indents by two spaces, writes
/// `"key": value`, keeps empty containers as `[]` and `{}`, and ends with a newline.
extension Value {
    public func json(pretty: Bool) -> String {
        var writer = JSONTextWriter(pretty: pretty)
        writer.write(self, depth: 0)
        if pretty { writer.out += "\n" }
        return writer.out
    }
}

struct JSONTextWriter {
    let pretty: Bool
    var out = ""

    mutating func write(_ value: Value, depth: Int) {
        switch value {
        case .null: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .int(let i): out += String(i)
        case .number(let d): out += d.isFinite ? Value.format(d) : "null"
        case .string(let s), .url(let s), .date(let s): JSONText.appendQuoted(s, to: &out)
        case .secret: JSONText.appendQuoted("<secret>", to: &out)
        case .file(let file): write(file.jsonValue, depth: depth)
        case .list(let items): writeList(items, depth: depth)
        case .record(let fields): writeRecord(fields, depth: depth)
        }
    }

    private mutating func writeList(_ items: [Value], depth: Int) {
        guard !items.isEmpty else { return out += "[]" }
        out += "["
        for (index, item) in items.enumerated() {
            if index > 0 { out += "," }
            newline(depth + 1)
            write(item, depth: depth + 1)
        }
        newline(depth)
        out += "]"
    }

    private mutating func writeRecord(_ fields: [Value.Field], depth: Int) {
        guard !fields.isEmpty else { return out += "{}" }
        out += "{"
        for (index, field) in fields.enumerated() {
            if index > 0 { out += "," }
            newline(depth + 1)
            JSONText.appendQuoted(field.name, to: &out)
            out += pretty ? ": " : ":"
            write(field.value, depth: depth + 1)
        }
        newline(depth)
        out += "}"
    }

    private mutating func newline(_ depth: Int) {
        guard pretty else { return }
        out += "\n" + String(repeating: "  ", count: depth)
    }
}

extension FileRef {
    /// The JSON shape of a downloaded file in a result.
    public var jsonValue: Value {
        .record([
            .init("name", .string(name)), .init("path", .string(path)),
            .init("mediaType", mediaType.map(Value.string) ?? .null), .init("size", .int(size)),
        ])
    }
}
