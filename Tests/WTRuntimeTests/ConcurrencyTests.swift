import Testing
import WTRuntime
import WTTestSupport

@Suite("Concurrent for each")
struct ConcurrencyTests {
    static let listToDetail = """
        program "products"

        output products: [{ name: string, price: number, page: url }]

        open "http://fake.test/products/"
        extract links = urls "a.product"
        for each link in links concurrency 4 {
          open link
          extract products += one "article.product" {
            name = text "h1"
            price = number ".price"
            page = link
          }
        }
        expect count products == count links
        """

    @Test("list to detail with concurrency 4 gives results in list order on 4 forks, all closed")
    func listOrderAndForks() async throws {
        // Page 1 finishes loading only after page 4 was opened, so iteration 1 ends after later ones.
        var pages = Sites.products(9)
        pages[1].loadsAfter = "http://fake.test/p/4"
        var harness = Harness(pages)
        let result = try await harness.succeed(Self.listToDetail)
        guard case .list(let products) = result[output: "products"] else { throw HarnessError.unexpectedSuccess }
        let names = products.compactMap { $0[field: "name"]?.text }
        #expect(names == (1...9).map { "Product \($0)" })
        #expect(
            products.first?.json(pretty: false) == #"{"name":"Product 1","price":1.5,"page":"http://fake.test/p/1"}"#)
        #expect(harness.site.forkCount == 4)
        // Four forks and the run's own driver.
        #expect(harness.site.closeCount == 5)
    }

    @Test("the result is the same as a sequential run's")
    func sameAsSequential() async throws {
        var concurrent = Harness(Sites.products(7))
        let a = try await concurrent.succeed(Self.listToDetail)
        var sequential = Harness(Sites.products(7))
        let b = try await sequential.succeed(Self.listToDetail.replacingOccurrences(of: " concurrency 4", with: ""))
        #expect(a.json(pretty: true) == b.json(pretty: true))
        #expect(sequential.site.forkCount == 0)
    }

    @Test("break keeps the iterations up to and including the breaking one, in list order")
    func breakStopsLaterIterations() async throws {
        var harness = Harness(Sites.products(8))
        let result = try await harness.succeed(
            """
            program "until-three"

            output names: [string]

            open "http://fake.test/products/"
            extract links = urls "a.product"
            for each link in links concurrency 3 {
              open link
              let names += title
              if link ~ "/p/3$" {
                break
              }
            }
            """)
        #expect(result.json(pretty: false) == #"{"names":["P1","P2","P3"]}"#)
    }

    @Test("the first failing iteration in list order is the one reported, not the first in time")
    func firstFailureByListOrder() async throws {
        // Page 3 is missing and fails at once; page 2 has no product and fails only after page 3 was opened.
        var pages = Sites.products(8)
        pages.removeAll { $0.url.hasSuffix("/p/3") }
        pages[2] = FakePage("http://fake.test/p/2", title: "P2", loadsAfter: "http://fake.test/p/3")
        var harness = Harness(pages)
        let failure = try await harness.fail(Self.listToDetail)
        #expect(failure.id == "run.not-found")
        #expect(failure.message.hasPrefix(#"extract products += one "article.product": no element matches"#))
        #expect(failure.line == 9)
        #expect(harness.site.log.contains("open http://fake.test/p/3"))
        #expect(harness.site.closeCount == harness.site.forkCount + 1)
    }

    @Test("writes to outer variables are replayed in list order")
    func outerVariables() async throws {
        var harness = Harness(Sites.products(5))
        let result = try await harness.succeed(
            """
            program "outer"

            output last: string?
            output seen: [url]

            open "http://fake.test/products/"
            extract links = urls "a.product"
            for each link in links concurrency 5 {
              let seen += link
              let last = "{link}"
            }
            """)
        #expect(result[output: "last"] == .string("http://fake.test/p/5"))
        guard case .list(let seen) = result[output: "seen"] else { throw HarnessError.unexpectedSuccess }
        #expect(seen == (1...5).map { .url("http://fake.test/p/\($0)") })
    }

    @Test("the fork budget bounds nested loops, and a loop without forks runs on its own page")
    func forkBudget() async throws {
        var harness = Harness(Sites.products(4))
        harness.maxForks = 2
        let result = try await harness.succeed(
            """
            program "nested"

            output pairs: [string]

            open "http://fake.test/products/"
            extract links = urls "a.product"
            for each outer in ["a", "b", "c"] concurrency 4 {
              for each link in links concurrency 4 {
                let pairs += "{outer}{link}"
              }
            }
            """)
        guard case .list(let pairs) = result[output: "pairs"] else { throw HarnessError.unexpectedSuccess }
        #expect(pairs.first == .string("ahttp://fake.test/p/1"))
        #expect(pairs.last == .string("chttp://fake.test/p/4"))
        #expect(pairs.count == 12)
        #expect(harness.site.forkCount == 2)
    }
}
