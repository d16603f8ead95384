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
    func nested(_ mode: String) throws {
        let server = try Self.server()
        try server.start()
        defer { server.stop() }
        let work = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: work) }
        let source = work.appendingPathComponent("catalogue.wt")
        try Self.program.write(to: source, atomically: true, encoding: .utf8)
        let trace = work.appendingPathComponent("trace").path
        let parameters = ["--param", "base_url=\(server.baseURL)", "--mode", mode]

        let recorded = try CLI.run(["exec", source.path, "--quiet", "--trace", trace] + parameters)
        try #require(recorded.status == 0, "recording failed: \(recorded.stderr)")
        #expect(recorded.stdout.components(separatedBy: "\"name\"").count - 1 == 6, "\(recorded.stdout)")
        let compiledPath = work.appendingPathComponent("compiled.wt").path
        let compiled = try CLI.run(["compile", trace, "-o", compiledPath, "--explain"])
        try #require(compiled.status == 0, "compile failed: \(compiled.stderr)")
        let text = try String(contentsOfFile: compiledPath, encoding: .utf8)
        let lines = text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        let outer = try #require(lines.firstIndex { $0.hasPrefix("for each category in categories") }, "\(text)")
        #expect(lines[outer...].contains { $0.hasPrefix("for each item in items") }, "\(text)")
        #expect(compiled.stderr.contains("each with its own inner loop, become a for-each"), "\(compiled.stderr)")
        let replayed = try CLI.run(["exec", compiledPath, "--quiet"] + parameters)
        try #require(replayed.status == 0, "the compiled program failed: \(replayed.stderr)\n\(text)")
        #expect(replayed.stdout == recorded.stdout, "compiled:\n\(text)")
    }
}
