import Foundation
import Testing
import WTTestSupport

/// A catalogue two links deep: categories, each with its own number of products. Recorded, the run opens
/// every category and, in each, every product; compiled, the trace becomes a for-each inside a for-each
/// (iterations of different lengths), and the compiled program returns what the recorded run returned.
@Suite("Nested link loops, recorded and compiled (built binary)", .serialized)
struct NestedLoopRoundTripTests {
    static let program = """
        program "catalogue"
        mode auto

        param base_url: url = "http://127.0.0.1:8000"

        output products: [{ name: string, price: number, category: string }]

        open "{base_url}/catalogue"
        extract categories = urls "a.category"
        for each category in categories {
          open category
          extract shelf = text "h1"
          extract items = urls "a.item"
          for each item in items {
            open item
            extract products += one "main" {
              name = text ".name"
              price = number ".price"
              category = text ".shelf"
            }
          }
        }

        """

    /// Products per category: different lengths, so the outer iterations differ in length.
    static let shelves = [("lamps", 3), ("desks", 1), ("chairs", 2)]

    static func server() throws -> LoopbackServer {
        let categories = shelves.map { #"<li><a class="category" href="/c/\#($0.0)">\#($0.0)</a></li>"# }.joined()
        return try LoopbackServer(routes: [
            LoopbackRoute("GET", "/catalogue") { _ in .html("<html><body><ul>\(categories)</ul></body></html>") },
            LoopbackRoute("GET", "/c/*") { request in
                let name = String(request.path.dropFirst(3))
                let count = shelves.first { $0.0 == name }?.1 ?? 0
                let items = (1...max(count, 1)).prefix(count).map {
                    #"<li><a class="item" href="/p/\#(name)-\#($0)">\#(name) \#($0)</a></li>"#
                }.joined()
                return .html(
                    "<html><body><h1>\(name)</h1><ul>\(items)</ul><a href=\"/catalogue\">All</a></body></html>")
            },
            LoopbackRoute("GET", "/p/*") { request in
                let slug = String(request.path.dropFirst(3))
                let shelf = slug.split(separator: "-").first.map(String.init) ?? ""
                let price = 10 + slug.utf8.reduce(0) { $0 + Int($1) } % 90
                return .html(
                    "<html><body><main><h2 class=\"name\">Product \(slug)</h2><span class=\"price\">$\(price).50</span>"
                        + "<a class=\"shelf\" href=\"/c/\(shelf)\">\(shelf)</a></main></body></html>")
            },
        ])
    }

    @Test("a for-each inside a for-each, in both modes", arguments: ["http", "browser"])
    func nested(_ mode: String) async throws {
        let server = try Self.server()
        try server.start()
        defer { server.stop() }
        let work = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: work) }
        let source = work.appendingPathComponent("catalogue.wt")
        try Self.program.write(to: source, atomically: true, encoding: .utf8)
        let trace = work.appendingPathComponent("trace").path
        let parameters = ["--param", "base_url=\(server.baseURL)", "--mode", mode]

        let recorded = try await CLI.run(["exec", source.path, "--quiet", "--trace", trace] + parameters)
        try #require(recorded.status == 0, "recording failed: \(recorded.stderr)")
        #expect(recorded.stdout.components(separatedBy: "\"name\"").count - 1 == 6, "\(recorded.stdout)")
        let compiledPath = work.appendingPathComponent("compiled.wt").path
        let compiled = try await CLI.run(["compile", trace, "-o", compiledPath, "--explain"])
        try #require(compiled.status == 0, "compile failed: \(compiled.stderr)")
        let text = try String(contentsOfFile: compiledPath, encoding: .utf8)
        let lines = text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        let outer = try #require(lines.firstIndex { $0.hasPrefix("for each category in categories") }, "\(text)")
        #expect(lines[outer...].contains { $0.hasPrefix("for each item in items") }, "\(text)")
        #expect(compiled.stderr.contains("each with its own inner loop, become a for-each"), "\(compiled.stderr)")
        let replayed = try await CLI.run(["exec", compiledPath, "--quiet"] + parameters)
        try #require(replayed.status == 0, "the compiled program failed: \(replayed.stderr)\n\(text)")
        #expect(replayed.stdout == recorded.stdout, "compiled:\n\(text)")
    }
}

/// Categories whose products run over pages, two to a page: one category has a single page, so lowered
/// alone its iteration shows no pagination. The compiler guesses the loop of the paginated ones for all,
/// and keeps the guess only because the replay confirms it; when a snapshot is changed so the replay
/// refutes it, the program that follows the trace is written instead.
@Suite("Guessed inner loops, confirmed or refused by the replay (built binary)", .serialized)
struct GuessedLoopTests {
    static let program = """
        program "pages"
        mode auto

        param base_url: url = "http://127.0.0.1:8000"
        param max_pages: int = 5

        output products: [{ name: string, price: number }]

        open "{base_url}/catalogue"
        extract categories = urls "a.category"
        for each category in categories {
          open category
          repeat max_pages as page {
            extract products += each "li.product" {
              name = text ".name"
              price = number ".price"
            }
            if not exists "a.next" or page == max_pages {
              break
            }
            click "a.next"
          }
        }

        """

    static let shelves = [("lamps", 5), ("desks", 2), ("chairs", 3)]

    static func server() throws -> LoopbackServer {
        let categories = shelves.map { #"<li><a class="category" href="/c/\#($0.0)">\#($0.0)</a></li>"# }.joined()
        return try LoopbackServer(routes: [
            LoopbackRoute("GET", "/catalogue") { _ in .html("<html><body><ul>\(categories)</ul></body></html>") },
            LoopbackRoute("GET", "/c/*") { request in
                let parts = request.path.split(separator: "/").map(String.init)  // c, name[, page, n]
                let name = parts.count > 1 ? parts[1] : ""
                let page = parts.count > 3 ? Int(parts[3]) ?? 1 : 1
                let total = shelves.first { $0.0 == name }?.1 ?? 0
                let items = ((page - 1) * 2 + 1...max(page * 2, 1)).filter { $0 <= total }.map {
                    #"<li class="product"><span class="name">\#(name) \#($0)</span><span class="price">$\#($0).99</span></li>"#
                }
                let next = page * 2 < total ? #"<a class="next" href="/c/\#(name)/page/\#(page + 1)">Next</a>"# : ""
                return .html("<html><body><h1>\(name)</h1><ul>\(items.joined())</ul>\(next)</body></html>")
            },
        ])
    }

    /// Records the program into `work/trace`; returns the trace folder and the recorded output.
    static func record(_ server: LoopbackServer, in work: URL) async throws -> (String, String) {
        let source = work.appendingPathComponent("pages.wt")
        try program.write(to: source, atomically: true, encoding: .utf8)
        let trace = work.appendingPathComponent("trace").path
        let recorded = try await CLI.run(
            ["exec", source.path, "--quiet", "--trace", trace, "--param", "base_url=\(server.baseURL)"])
        try #require(recorded.status == 0, "recording failed: \(recorded.stderr)")
        return (trace, recorded.stdout)
    }

    @Test("a category with one page takes the pagination of the others, and the replay confirms it")
    func confirmed() async throws {
        let server = try Self.server()
        try server.start()
        defer { server.stop() }
        let work = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: work) }
        let (trace, recorded) = try await Self.record(server, in: work)
        let compiledPath = work.appendingPathComponent("compiled.wt").path
        let compiled = try await CLI.run(["compile", trace, "-o", compiledPath, "--explain"])
        try #require(compiled.status == 0, "compile failed: \(compiled.stderr)")
        let text = try String(contentsOfFile: compiledPath, encoding: .utf8)
        #expect(text.contains("for each category in categories {"), "\(text)")
        #expect(text.contains("  repeat max_pages as page {"), "\(text)")
        #expect(
            compiled.stderr.contains("the most general one (iteration 1) becomes the for-each"), "\(compiled.stderr)")
        let replayed = try await CLI.run(["exec", compiledPath, "--quiet", "--param", "base_url=\(server.baseURL)"])
        #expect(replayed.status == 0, "\(replayed.stderr)")
        #expect(replayed.stdout == recorded, "compiled:\n\(text)")
    }

    @Test("when the replay refutes the guess, the program that follows the trace is written")
    func refused() async throws {
        let server = try Self.server()
        try server.start()
        defer { server.stop() }
        let work = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: work) }
        let (trace, _) = try await Self.record(server, in: work)
        // The single page of "desks" now shows a Next link the recorded run never followed: a loop that
        // clicks Next while there is one cannot reproduce that iteration.
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: trace + "/trace.json")))
                as? [String: Any])
        let steps = try #require(json["steps"] as? [[String: Any]])
        let desks = try #require(
            steps.first {
                ($0["action"] as? String) == "open" && ($0["value"] as? String)?.hasSuffix("/c/desks") == true
            })
        let snapshot = try #require((desks["after"] as? [String: Any])?["snapshot"] as? String)
        let path = URL(fileURLWithPath: trace).appendingPathComponent(snapshot)
        let html = try String(contentsOf: path, encoding: .utf8)
        try html.replacingOccurrences(of: "</ul>", with: #"</ul><a class="next" href="/c/desks/page/2">Next</a>"#)
            .write(to: path, atomically: true, encoding: .utf8)

        let compiled = try await CLI.run(["compile", trace, "--explain"])
        #expect(compiled.status == 0, "\(compiled.stderr)")
        #expect(!compiled.stdout.contains("for each category"), "\(compiled.stdout)")
        #expect(compiled.stderr.contains("the guessed loop did not reproduce the trace"), "\(compiled.stderr)")
    }
}
