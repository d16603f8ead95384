import CLibXML2

/// A table's cells laid out on a grid, honouring `colspan` and `rowspan` (a spanned cell's text fills
/// every position it covers), with header rows told apart from data rows.
struct TableGrid {
    struct Row {
        var cells: [String?]
        /// Every cell is a `<th>`, or the row is in `<thead>`.
        var isHeader: Bool
        var inHead: Bool
    }

    /// The row naming the columns: the last row of `<thead>`, else the first row of header cells.
    var header: Row? { rows.last { $0.inHead } ?? rows.first { $0.isHeader } }

    var rows: [Row] = []

    /// Rows of `table` itself: children of its `thead`/`tbody`/`tfoot` and direct `tr`s, never rows of a
    /// nested table.
    init(table: xmlNodePtr) {
        var pending: [Int: (rows: Int, text: String)] = [:]
        for (row, inHead) in Self.rows(of: table) {
            var cells: [String?] = []
            var allHeader = true
            var column = 0
            func fillSpans() {
                while let span = pending[column] {
                    cells.append(span.text)
                    pending[column] = span.rows > 1 ? (span.rows - 1, span.text) : nil
                    column += 1
                }
            }
            for cell in Self.cells(of: row) {
                fillSpans()
                let text = TextRenderer.text(of: cell)
                allHeader = allHeader && DocumentTree.isElement(cell, named: "th")
                let columns = Self.span(cell, "colspan", limit: 1000)
                let rowsDown = Self.span(cell, "rowspan", limit: 65534)
                for _ in 0..<columns {
                    cells.append(text)
                    if rowsDown > 1 { pending[column] = (rowsDown - 1, text) }
                    column += 1
                }
            }
            fillSpans()
            guard !cells.isEmpty else { continue }
            rows.append(Row(cells: cells, isHeader: inHead || allHeader, inHead: inHead))
        }
    }

    private static func rows(of table: xmlNodePtr) -> [(xmlNodePtr, Bool)] {
        var out: [(xmlNodePtr, Bool)] = []
        var child = table.pointee.children
        while let current = child {
            if DocumentTree.isElement(current, named: "tr") {
                out.append((current, false))
            } else if DocumentTree.isElement(current, named: "thead") || DocumentTree.isElement(current, named: "tbody")
                || DocumentTree.isElement(current, named: "tfoot")
            {
                let inHead = DocumentTree.isElement(current, named: "thead")
                var row = current.pointee.children
                while let r = row {
                    if DocumentTree.isElement(r, named: "tr") { out.append((r, inHead)) }
                    row = r.pointee.next
                }
            }
            child = current.pointee.next
        }
        return out
    }

    private static func cells(of row: xmlNodePtr) -> [xmlNodePtr] {
        var out: [xmlNodePtr] = []
        var child = row.pointee.children
        while let current = child {
            if DocumentTree.isElement(current, named: "td") || DocumentTree.isElement(current, named: "th") {
                out.append(current)
            }
            child = current.pointee.next
        }
        return out
    }

    /// `colspan`/`rowspan` as browsers clamp them: missing or invalid is 1; 0 is 1 here (a rowspan of 0
    /// spans the rest of the section in browsers, rare enough to ignore).
    private static func span(_ cell: xmlNodePtr, _ name: String, limit: Int) -> Int {
        guard let raw = Attributes.value(of: cell, named: name), let n = Int(raw.trimmingASCIIWhitespace()) else {
            return 1
        }
        return min(max(n, 1), limit)
    }
}
