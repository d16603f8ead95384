import WTExtract
import WTRuntime
import WTSyntax

/// Between the language's field kinds and values and the extraction engine's.
enum ValueConversion {
    /// Every language kind names an engine kind (a test holds the two lists together).
    static func kind(_ kind: WTSyntax.FieldKind, attribute: String?) -> WTExtract.FieldKind {
        WTExtract.FieldKind(keyword: kind.rawValue, attribute: attribute) ?? .text
    }

    static func value(_ value: ExtractedValue) -> Value {
        switch value {
        case .string(let s): .string(s)
        case .int(let i): .int(i)
        case .number(let d): .number(d)
        case .bool(let b): .bool(b)
        case .url(let u): .url(u)
        case .date(let d): .date(d)
        case .list(let items): .list(items.map(Self.value))
        case .record(let fields): .record(fields.map { Value.Field($0.name, Self.value($0.value)) })
        case .null: .null
        }
    }
}

/// Table cells arrive as text; each column is read as its declared kind.
enum TableCoercion {
    static func record(_ row: ExtractedValue, columns: [TableColumn]) throws(StepError) -> Value {
        var fields: [Value.Field] = []
        for column in columns {
            let cell = row[field: column.name]
            fields.append(Value.Field(column.name, try coerce(cell, column)))
        }
        return .record(fields)
    }

    private static func coerce(_ cell: ExtractedValue?, _ column: TableColumn) throws(StepError) -> Value {
        guard case .string(let text)? = cell, !text.isEmpty || column.kind == .text else {
            if column.optional { return .null }
            throw StepError(.notFound, "table column '\(column.name)' is empty in a row")
        }
        do {
            switch column.kind {
            case .number: return .number(try Coercion.number(text))
            case .int, .count: return .int(try Coercion.int(text))
            case .date: return .date(try Coercion.date(text))
            case .url: return .url(try Coercion.url(text, base: nil))
            case .exists: return .bool(try Coercion.bool(text))
            default: return .string(text)
            }
        } catch {
            throw StepError(.coercion, "table column '\(column.name)': \(error.message)")
        }
    }
}
