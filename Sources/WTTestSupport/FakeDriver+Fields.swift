import Foundation
import WTRuntime
import WTSyntax

/// Field kinds read from fake elements, the way the real extractor reads them from HTML.
extension FakeSnapshot {
    func value(_ field: FieldRequest, in elements: [String: [FakeElement]]) throws(StepError) -> Value {
        let found = Self.match(field.locator, in: elements).elements
        switch field.kind {
        case .exists: return .bool(!found.isEmpty)
        case .count: return .int(found.count)
        case .texts: return .list(found.map { .string(Self.normalize($0.text)) })
        case .urls: return .list(found.compactMap { link($0) }.map(Value.url))
        case .attrs: return .list(found.compactMap { $0.attributes[field.attribute ?? ""] }.map(Value.string))
        default: break
        }
        guard let element = found.first else {
            if field.optional { return .null }
            throw StepError(.notFound, "no element matches \(field.locator) on \(url)", pageSummary: summary())
        }
        switch field.kind {
        case .html: return .string(element.html ?? element.text)
        case .attr:
            if let value = element.attributes[field.attribute ?? ""] { return .string(value) }
            if field.optional { return .null }
            throw StepError(.notFound, "\(field.locator) has no attribute '\(field.attribute ?? "")' on \(url)")
        case .url:
            if let link = link(element) { return .url(link) }
            throw StepError(.notFound, "\(field.locator) has no href or src on \(url)")
        default:
            return try typed(Self.normalize(element.text), field.kind, what: "\(field.locator)")
        }
    }

    func cellValue(_ cell: String?, _ column: TableColumn) throws(StepError) -> Value {
        guard let cell, !cell.isEmpty || column.kind == .text else {
            if column.optional || column.kind == .exists { return column.kind == .exists ? .bool(false) : .null }
            throw StepError(.notFound, "the table has no value for column '\(column.name)' on \(url)")
        }
        if column.kind == .exists { return .bool(true) }
        return try typed(Self.normalize(cell), column.kind, what: "column '\(column.name)'")
    }

    /// Text read as `text`, `number`, `int`, `date` (or a url for table cells).
    private func typed(_ text: String, _ kind: FieldKind, what: String) throws(StepError) -> Value {
        switch kind {
        case .number:
            guard let number = Double(text.filter { $0.isNumber || $0 == "." || $0 == "-" }) else {
                throw StepError(.coercion, "\(what) reads \"\(text)\", which is not a number")
            }
            return .number(number)
        case .int:
            guard let int = Int(text.filter { $0.isNumber || $0 == "-" }) else {
                throw StepError(.coercion, "\(what) reads \"\(text)\", which is not an int")
            }
            return .int(int)
        case .date:
            guard text.range(of: #"^\d{4}-\d{2}-\d{2}"#, options: .regularExpression) != nil else {
                throw StepError(.coercion, "\(what) reads \"\(text)\", which is not a date")
            }
            return .date(text)
        case .url: return .url(Self.resolve(text, against: url))
        default: return .string(text)
        }
    }

    private func link(_ element: FakeElement) -> String? {
        (element.attributes["href"] ?? element.attributes["src"]).map { Self.resolve($0, against: url) }
    }

    static func normalize(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
