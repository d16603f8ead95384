import Testing
import WTExtract

@Suite("Tables")
struct TableTests {
    static let html = """
        <div id=wrap><table class=rates>
          <thead><tr><th>Currency</th><th>Exchange rate</th><th>Change (%)</th></tr></thead>
          <tr><td>USD</td><td>1.08</td><td>+0.2</td></tr>
          <tr><th>Repeated header</th><th>x</th><th>y</th></tr>
          <tr><td rowspan=2>GBP</td><td colspan=2>closed</td></tr>
          <tr><td>0.85</td><td>-0.1</td></tr>
          <tr><td>JPY</td></tr>
          <tr><td><table><tr><th>nested</th></tr><tr><td>n</td></tr></table></td><td>9</td><td>9</td></tr>
        </table></div>
        """

    @Test("rows are keyed by header cells matched without case, spaces or punctuation")
    func columns() throws {
        let document = try HTMLDocument(html: Self.html, url: nil)
        let rows = try document.extractTable(.css("table.rates"), columns: ["currency", "exchange_rate", "CHANGE"])
        #expect(
            rows.map(\.json) == [
                #"{"currency":"USD","exchange_rate":"1.08","CHANGE":"+0.2"}"#,
                #"{"currency":"GBP","exchange_rate":"closed","CHANGE":"closed"}"#,
                #"{"currency":"GBP","exchange_rate":"0.85","CHANGE":"-0.1"}"#,
                #"{"currency":"JPY","exchange_rate":null,"CHANGE":null}"#,
                #"{"currency":"nested\nn","exchange_rate":"9","CHANGE":"9"}"#,
            ])
    }

    @Test("without columns every header cell is a column; a wrapper finds the table inside")
    func allColumns() throws {
        let document = try HTMLDocument(
            html: "<div id=w><table><tr><th>A</th><th>B b</th></tr><tr><td>1<td>2</table></div>", url: nil)
        #expect(try document.extractTable(.css("#w")).map(\.json) == [#"{"A":"1","B b":"2"}"#])
    }

    @Test("an unknown column and a missing table fail with what exists")
    func failures() throws {
        let document = try HTMLDocument(html: Self.html, url: nil)
        let column = #expect(throws: ExtractError.self) { try document.extractTable(.css("table"), columns: ["price"]) }
        #expect(
            column?.message
                == "the table has no column \"price\"; its columns are \"Currency\", \"Exchange rate\", \"Change (%)\"")
        let table = #expect(throws: ExtractError.self) { try document.extractTable(.css("#none"), columns: ["a"]) }
        #expect(table?.id == "extract.no-table")
    }
}
