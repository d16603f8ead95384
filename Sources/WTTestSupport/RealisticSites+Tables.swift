import Foundation

/// Tables the way scraping sandboxes build them: two sortable tables on one page told apart by id, cells
/// read by column or by header, a value reachable only by its label, rows with an occasional notice.
extension RealisticSites {
    static var tables: [RealisticSite] { [ordersByTableID, cellsByColumn, tableByHeader, valueByLabel, rowNotices] }

    /// `#orders tbody tr` beside a `#returns` table with the same classes and columns.
    static let ordersByTableID = RealisticSite(
        "orders-by-table-id", mode: "http", later: "\"Frances Allen\"",
        program: """
            program "orders"
            mode http

            param base_url: url = "http://127.0.0.1:8000"

            output orders: [{ order: string, customer: string, total: string }]

            open "{base_url}/orders"
            extract orders = each "#orders tbody tr" {
              order = text "td:nth-child(1)"
              customer = text "td:nth-child(2)"
              total = text "td:nth-child(4)"
            }

            """,
        routes: [
            .init("/orders") { _, state in
                let orders = state == 0 ? OrderData.orders : OrderData.laterOrders
                let returns = state == 0 ? OrderData.returns : OrderData.laterReturns
                return RealisticPage.html(
                    "Orders", OrderData.table("orders", orders) + OrderData.table("returns", returns))
            }
        ])

    /// The fourth column of a five-column table.
    static let cellsByColumn = RealisticSite(
        "cells-by-column", mode: "http", later: "\"£64.00\"",
        program: """
            program "prices"
            mode http

            param base_url: url = "http://127.0.0.1:8000"

            output prices: [string]

            open "{base_url}/catalogue"
            extract prices = texts "#catalogue td:nth-child(4)"

            """,
        routes: [
            .init("/catalogue") { _, state in
                let rows = state == 0 ? OrderData.catalogue : OrderData.laterCatalogue
                let head =
                    "<thead><tr><th>Name</th><th>SKU</th><th>Stock</th><th>Price</th><th>Rating</th></tr></thead>"
                let body = rows.map(RealisticPage.row).joined(separator: "\n")
                return RealisticPage.html(
                    "Catalogue", "<table id=\"catalogue\" class=\"table striped\">\(head)<tbody>\(body)</tbody></table>"
                )
            }
        ])

    /// The language's `table`, keyed by header, on a table with a column the program does not read, above
    /// yesterday's table with the same header and classes.
    static let tableByHeader = RealisticSite(
        "table-by-header", mode: "http", later: "190.5",
        program: """
            program "fx"
            mode http

            param base_url: url = "http://127.0.0.1:8000"

            output rates: [{ currency: string, buy: number, sell: number }]

            open "{base_url}/fx"
            extract rates = table "#fx"

            """,
        routes: [
            .init("/fx") { _, state in
                let rows = state == 0 ? OrderData.rates : OrderData.laterRates
                let head = "<thead><tr><th>Currency</th><th>Change</th><th>Buy</th><th>Sell</th></tr></thead>"
                let body = rows.map(RealisticPage.row).joined(separator: "\n")
                let yesterday = OrderData.yesterdayRates.map(RealisticPage.row).joined(separator: "\n")
                return RealisticPage.html(
                    "Exchange",
                    "<p>Rates at noon.</p><table id=\"fx\" class=\"sortable\">\(head)<tbody>\(body)</tbody></table>"
                        + "<h2>Yesterday</h2><table class=\"sortable\">\(head)<tbody>\(yesterday)</tbody></table>")
            }
        ])

    /// Specifications as a `<dl>` whose order changes: a value found only through its label.
    static let valueByLabel = RealisticSite(
        "value-by-label-xpath", mode: "http", later: "\"0.8 kg\"",
        program: """
            program "specs"
            mode http

            param base_url: url = "http://127.0.0.1:8000"

            output stock: string
            output weight: string

            open "{base_url}/item"
            extract stock = text xpath "//dt[normalize-space()='Stock']/following-sibling::dd[1]"
            extract weight = text xpath "//dt[normalize-space()='Weight']/following-sibling::dd[1]"

            """,
        routes: [
            .init("/item") { _, state in
                let specs = state == 0 ? OrderData.specs : OrderData.laterSpecs
                let items = specs.map { "<dt>\(RealisticPage.escape($0.0))</dt><dd>\(RealisticPage.escape($0.1))</dd>" }
                return RealisticPage.html(
                    "Item", "<h1>Desk lamp</h1><dl class=\"specs\">\(items.joined(separator: "\n"))</dl>")
            }
        ])

    /// Result rows, some with a notice inside; the notice moves between states.
    static let rowNotices = RealisticSite(
        "notices-inside-rows", mode: "http", later: "\"Sale ends today\"",
        program: """
            program "results"
            mode http

            param base_url: url = "http://127.0.0.1:8000"

            output results: [{ title: string, notice: string? }]

            open "{base_url}/results"
            extract results = each ".result" {
              title = text "a.title"
              notice = text ".notice"
            }

            """,
        routes: [
            .init("/results") { _, state in
                let rows = state == 0 ? OrderData.results : OrderData.laterResults
                let items = rows.enumerated().map { index, row in
                    let notice = row.1.map { " <span class=\"notice\">\(RealisticPage.escape($0))</span>" } ?? ""
                    return "<div class=\"result\"><a class=\"title\" href=\"/p/\(index + 1)\">"
                        + "\(RealisticPage.escape(row.0))</a> <span class=\"price\">£\(9 + index * 3).00</span>\(notice)</div>"
                }
                return RealisticPage.html("Results", items.joined(separator: "\n"))
            }
        ])
}

/// The data the table sites show, in the recorded state and the later one.
enum OrderData {
    static let orders = [
        ["A-1001", "Ada Lovelace", "2026-11-02", "£120.00", "Shipped"],
        ["A-1002", "Alan Turing", "2026-11-03", "£45.50", "Pending"],
        ["A-1003", "Grace Hopper", "2026-11-05", "£310.00", "Shipped"],
        ["A-1004", "Edsger Dijkstra", "2026-11-06", "£12.99", "Cancelled"],
    ]
    static let laterOrders = [
        ["A-2040", "Barbara Liskov", "2026-12-01", "£88.00", "Pending"],
        ["A-2041", "Donald Knuth", "2026-12-02", "£19.95", "Shipped"],
        ["A-2042", "Frances Allen", "2026-12-04", "£240.00", "Shipped"],
    ]
    static let returns = [
        ["R-77", "John Backus", "2026-10-30", "£60.00", "Refunded"],
        ["R-78", "Niklaus Wirth", "2026-10-31", "£15.00", "Open"],
    ]
    static let laterReturns = [
        ["R-91", "Ken Thompson", "2026-11-28", "£33.00", "Open"],
        ["R-92", "Dennis Ritchie", "2026-11-29", "£71.00", "Refunded"],
        ["R-93", "Margaret Hamilton", "2026-11-30", "£9.00", "Open"],
    ]

    /// A `sortable` table with a header row, named by `id`.
    static func table(_ id: String, _ rows: [[String]]) -> String {
        let head = "<thead><tr><th>Order</th><th>Customer</th><th>Date</th><th>Total</th><th>Status</th></tr></thead>"
        let body = rows.map(RealisticPage.row).joined(separator: "\n")
        return
            "<h2>\(id.capitalized)</h2><table id=\"\(id)\" class=\"sortable table\">\(head)<tbody>\(body)</tbody></table>"
    }

    static let catalogue = [
        ["Kettle", "KT-1", "14", "£24.00", "4.5"], ["Toaster", "TS-2", "3", "£31.50", "4.1"],
        ["Blender", "BL-3", "0", "£55.00", "3.9"],
    ]
    static let laterCatalogue = [
        ["Kettle", "KT-1", "9", "£22.00", "4.5"], ["Mixer", "MX-5", "7", "£89.00", "4.7"],
        ["Toaster", "TS-2", "11", "£29.99", "4.0"], ["Grill", "GR-8", "2", "£64.00", "3.2"],
    ]
    static let rates = [["Euro", "+0.2%", "1.17", "1.13"], ["US dollar", "-0.1%", "1.27", "1.23"]]
    static let laterRates = [
        ["Euro", "-0.3%", "1.15", "1.12"], ["Yen", "+1.0%", "190.5", "184.2"], ["US dollar", "0.0%", "1.25", "1.21"],
    ]
    static let yesterdayRates = [["Euro", "+0.1%", "1.16", "1.12"], ["Swiss franc", "-0.2%", "1.10", "1.06"]]
    static let specs = [("Brand", "Lumo"), ("Weight", "1.2 kg"), ("Stock", "14"), ("Colour", "Black")]
    static let laterSpecs = [
        ("Brand", "Lumo"), ("Colour", "White"), ("Stock", "3"), ("Size", "M"), ("Weight", "0.8 kg"),
    ]
    static let results: [(String, String?)] = [
        ("Oak desk", nil), ("Pine shelf", "Only 2 left"), ("Walnut chair", nil), ("Birch stool", "Back-ordered"),
    ]
    static let laterResults: [(String, String?)] = [
        ("Oak desk", "Only 1 left"), ("Pine shelf", nil), ("Ash table", nil), ("Birch stool", nil),
        ("Elm bench", "Sale ends today"),
    ]
}
