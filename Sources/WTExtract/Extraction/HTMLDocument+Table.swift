import CLibXML2

extension HTMLDocument {
    /// The data rows of the first table `selector` selects (or the first table inside the first node it
    /// selects), one record per row keyed by `columns`.
    ///
    /// Columns are found by their header cells (`<th>` rows, or the rows of `<thead>`), comparing names
    /// without case, spaces or punctuation: `exchange_rate` finds "Exchange rate". With no `columns`,
    /// every header cell becomes a column named by its text. Cells hold text (`Node.text`); a row
    /// shorter than the header yields `.null` for the missing cells. Rows made only of header cells
    /// are left out.
    public func extractTable(
        _ selector: CompiledSelector, columns: [String] = [], in context: Node? = nil
    ) throws(ExtractError) -> [ExtractedValue] {
        guard let table = try firstTable(selector, in: context) else {
            throw ExtractMessage.noTable(selector.selector.description)
        }
        let grid = TableGrid(table: table)
        let header = grid.header?.cells.map { $0 ?? "" } ?? []
        let wanted = columns.isEmpty ? header.filter { !$0.isEmpty } : columns
        var positions: [Int] = []
        for name in wanted {
            let key = Self.columnKey(name)
            guard let index = header.firstIndex(where: { Self.columnKey($0) == key }) else {
                throw ExtractMessage.noColumn(name, available: header.filter { !$0.isEmpty })
            }
            positions.append(index)
        }
        return grid.rows.filter { !$0.isHeader }.map { row in
            .record(
                zip(wanted, positions).map { name, index in
                    let cell = index < row.cells.count ? row.cells[index] : nil
                    return ExtractedValue.Field(name, cell.map(ExtractedValue.string) ?? .null)
                })
        }
    }

    /// Compiles `selector` and extracts the table.
    public func extractTable(
        _ selector: Selector, columns: [String] = [], in context: Node? = nil
    ) throws(ExtractError) -> [ExtractedValue] {
        try extractTable(CompiledSelector(selector), columns: columns, in: context)
    }

    private func firstTable(_ selector: CompiledSelector, in context: Node?) throws(ExtractError) -> xmlNodePtr? {
        guard let first = try select(selector, in: context).first(where: { $0.kind == .element }) else { return nil }
        if DocumentTree.isElement(first.pointer, named: "table") { return first.pointer }
        var found: xmlNodePtr?
        DocumentTree.walk(from: first.pointer.pointee.children) { node, _ in
            guard DocumentTree.isElement(node) else { return .skipChildren }
            if DocumentTree.isElement(node, named: "table") {
                found = node
                return .stop
            }
            return .descend
        }
        return found
    }

    /// "Exchange rate (%)" and `exchange_rate` both become `exchangerate`: lower case, letters and
    /// digits only.
    static func columnKey(_ name: String) -> String {
        String(
            String.UnicodeScalarView(
                name.lowercased().unicodeScalars.filter {
                    $0.properties.isAlphabetic || $0.properties.numericType != nil
                }))
    }
}
