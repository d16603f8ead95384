import Foundation
import Testing
import WTEngine
import WTRuntime
import WTTestSupport

/// `json "path"` reads JSON documents — an API opened directly, or the answer a form posted to — the
/// same way over plain HTTP and in Chromium (`JSONSite`).
@Suite("JSON documents in both modes", .serialized)
struct JSONDocumentTests {
    static let orderProgram = """
        program "order"

        param base_url: url = "http://127.0.0.1:8000"

        output id: string
        output customer: string
        output total: number
        output lines: [{ name: string, qty: int }]
        output first_item: string
        output shown: string

        open "{base_url}/order"
        fill label "your name" with "Ada Lovelace"
        fill label "quantity" with "2"
        click role button "place order"
        extract id = json "id"
        extract customer = json "$.customer"
        extract total = json "total"
        extract lines = json "items"
        extract first_item = json "items[0].name"
        extract shown = text "pre"

        """

    static let listingProgram = """
        program "products"

        param base_url: url = "http://127.0.0.1:8000"

        output total: int
        output names: [string]
        output last: string
        output products: [{ name: string, price: number, stock_count: int }]
        output stock: [{ product: string, units: int, source: string }]

        open "{base_url}/api/products"
        extract total = json "total"
        extract names = json "products[*].name"
        extract last = json "products[-1].name"
        extract products = json "products"
        extract stock = each json "products" {
          product = json "name"
          units = json "Stock Count"
          source = "api"
        }

        """

    static func run(_ program: String, mode: Engine.ExecutionMode) async throws -> EngineHarness.Outcome {
        try await withLoopbackServer(routes: JSONSite.routes) { server in
            try await EngineHarness.run(program, parameters: ["base_url=\(server.baseURL)"], mode: mode)
        }
    }

    @Test("a form that answers JSON: the order is read from the answer", arguments: ["http", "browser"])
    func formAnswer(_ modeName: String) async throws {
        let mode = try #require(Engine.ExecutionMode(rawValue: modeName))
        let outcome = try await Self.run(Self.orderProgram, mode: mode)
        let result = try #require(outcome.result, "\(String(describing: outcome.failure))")
        #expect(result[output: "id"] == .string("A-17"))
        #expect(result[output: "customer"] == .string("Ada Lovelace"))
        #expect(result[output: "total"] == .number(19.5))
        #expect(result[output: "lines"] == .list([.record([.init("name", .string("Lamp")), .init("qty", .int(2))])]))
        #expect(result[output: "first_item"] == .string("Lamp"))
        #expect(result[output: "shown"]?.text?.hasPrefix("{\"customer\":\"Ada Lovelace\"") == true)
    }

    @Test("a listing API: lists, negative indexes and records found by key", arguments: ["http", "browser"])
    func listing(_ modeName: String) async throws {
        let mode = try #require(Engine.ExecutionMode(rawValue: modeName))
        let outcome = try await Self.run(Self.listingProgram, mode: mode)
        let result = try #require(outcome.result, "\(String(describing: outcome.failure))")
        #expect(result[output: "total"] == .int(3))
        #expect(result[output: "names"] == .list([.string("Lamp"), .string("Desk"), .string("Chair")]))
        #expect(result[output: "last"] == .string("Chair"))
        let products = try #require(result[output: "products"])
        #expect(
            products
                == .list([
                    .record([
                        .init("name", .string("Lamp")), .init("price", .number(9.5)), .init("stock_count", .int(4)),
                    ]),
                    .record([
                        .init("name", .string("Desk")), .init("price", .number(120)), .init("stock_count", .int(0)),
                    ]),
                    .record([
                        .init("name", .string("Chair")), .init("price", .number(45.25)), .init("stock_count", .int(12)),
                    ]),
                ]))
        let stock = try #require(result[output: "stock"])
        #expect(
            stock
                == .list(
                    [("Lamp", 4), ("Desk", 0), ("Chair", 12)].map { name, units in
                        .record([
                            .init("product", .string(name)), .init("units", .int(units)),
                            .init("source", .string("api")),
                        ])
                    }))
    }

    @Test("a key the document lacks fails naming the keys it has", arguments: ["http", "browser"])
    func missingKey(_ modeName: String) async throws {
        let mode = try #require(Engine.ExecutionMode(rawValue: modeName))
        let program = """
            program "p"

            param base_url: url = "http://127.0.0.1:8000"

            output n: int

            open "{base_url}/api/products"
            extract n = json "count"

            """
        let outcome = try await Self.run(program, mode: mode)
        let failure = try #require(outcome.failure)
        #expect(failure.id == "run.not-found")
        #expect(
            failure.diagnostic.text.contains(
                #"the JSON document has no key "count" at $; its keys are "products", "total""#),
            "\(failure.diagnostic.text)")
    }

    @Test(
        "a page served as JSON that is not valid JSON still reads as text; only json fails, naming where",
        arguments: ["http", "browser"])
    func invalidJSON(_ modeName: String) async throws {
        let mode = try #require(Engine.ExecutionMode(rawValue: modeName))
        let open = """
            program "p"

            param base_url: url = "http://127.0.0.1:8000"

            output raw: string

            open "{base_url}/api/guarded"

            """
        let text = try await Self.run(open + "extract raw = text \"pre\"\n", mode: mode)
        let result = try #require(text.result, "\(String(describing: text.failure?.diagnostic.text))")
        #expect(result[output: "raw"] == .string(JSONSite.guardedBody))
        let json = try await Self.run(
            open.replacingOccurrences(of: "raw: string", with: "n: int") + "extract n = json \"total\"\n", mode: mode)
        let failure = try #require(json.failure)
        #expect(failure.diagnostic.text.contains("is not valid JSON at 1:1"), "\(failure.diagnostic.text)")
        #expect(failure.diagnostic.text.contains("extract n = json"), "\(failure.diagnostic.text)")
    }
}
