import Foundation
import Synchronization
import Testing
import WTTestSupport

/// The recording's own selectors, end to end in Chromium: a program reads a score that a look-alike
/// shows too, rows of the one table with an id among two sharing a class, and a value after its label by
/// XPath. The trace records those selectors, the compiled program keeps them, and when the page changes
/// so that the look-alike differs, the compiled program still reads the element the recording read.
@Suite("Recorded selectors survive compiling, in Chromium (built binary)", .serialized)
struct CandidateRoundTripTests {
    static let program = """
        program "candidates"
        mode browser

        param base_url: url = "http://127.0.0.1:8000"

        output last: int
        output orders: [{ order: string, total: number }]
        output weight: string

        open "{base_url}/scores"
        extract last = int "#score-last"
        open "{base_url}/orders"
        extract orders = each "#orders tbody tr" {
          order = text "td"
          total = number "td:nth-child(2)"
        }
        extract weight = text xpath "//dt[normalize-space()='Weight']/following-sibling::dd[1]"

        """

    /// The average first, then the last score: on the recorded page both show 42.
    static func scores(last: Int) -> String {
        """
        <!doctype html><html><head><title>Scores</title></head><body><section class="scores">
        <p>Average <span id="score-avg">42</span></p><p>Last <span id="score-last">\(last)</span></p>
        </section></body></html>
        """
    }

    static let orders = """
        <!doctype html><html><head><title>Orders</title></head><body>
        <table class="sortable" id="orders"><thead><tr><th>Order</th><th>Total</th></tr></thead>
        <tbody><tr><td>O-1</td><td>12.50</td></tr><tr><td>O-2</td><td>7.00</td></tr></tbody></table>
        <table class="sortable" id="archive"><tbody><tr><td>A-1</td><td>9.00</td></tr></tbody></table>
        <dl><dt>Colour</dt><dd>Red</dd><dt>Weight</dt><dd>12 kg</dd></dl>
        </body></html>
        """

    /// Each extraction of a trace by its target, as JSON objects.
    static func extractions(_ path: String) throws -> [String: [String: Any]] {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        let root = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let steps = try #require(root["steps"] as? [[String: Any]])
        var out: [String: [String: Any]] = [:]
        for case let extraction? in steps.map({ $0["extraction"] as? [String: Any] }) {
            if let into = extraction["into"] as? String { out[into] = extraction }
        }
        return out
    }

    /// An extraction's recorded field selectors by field name.
    static func fields(_ extraction: [String: Any]?) -> [String: [String]] {
        var out: [String: [String]] = [:]
        for field in extraction?["fields"] as? [[String: Any]] ?? [] {
            if let name = field["name"] as? String { out[name] = field["selectors"] as? [String] ?? [] }
        }
        return out
    }

    @Test("the trace records the program's selectors; the compiled program reads the score it read")
    func recordedSelectorsKept() async throws {
        let last = Atomic<Int>(42)
        let server = try LoopbackServer(routes: [
            LoopbackRoute("GET", "/scores") { _ in .html(Self.scores(last: last.load(ordering: .relaxed))) },
            LoopbackRoute("GET", "/orders") { _ in .html(Self.orders) },
        ])
        try server.start()
        defer { server.stop() }
        let run = try TraceRoundTrip(program: Self.program, name: "candidates")
        defer { run.close() }
        let parameters = ["--param", "base_url=\(server.baseURL)"]

        let recorded = try await run.record(parameters)
        try #require(recorded.status == 0, "recording failed: \(recorded.stderr)")
        let read = try Self.extractions(run.trace + "/trace.json")
        #expect(read["orders"]?["container"] as? [String] == ["#orders tbody tr"], "\(read)")
        #expect(Self.fields(read["orders"]) == ["order": ["td"], "total": ["td:nth-child(2)"]])
        #expect(Self.fields(read["last"]) == ["value": ["#score-last"]])
        #expect(Self.fields(read["weight"]) == ["value": ["//dt[normalize-space()='Weight']/following-sibling::dd[1]"]])

        let compiled = try await run.compile(explain: true)
        try #require(compiled.status == 0, "compile failed: \(compiled.stderr)")
        let text = run.compiled
        #expect(text.contains(##"extract last = int "#score-last""##), "\(text)")
        #expect(text.contains(##"each "#orders tbody tr""##), "\(text)")
        #expect(text.contains(#"xpath "//dt[normalize-space()='Weight']/following-sibling::dd[1]""#), "\(text)")
        #expect(compiled.stderr.contains("the recording's own selector"), "\(compiled.stderr)")
        #expect(compiled.stderr.contains(##"int "#score-avg" reads the same on every example page"##))
        // `td` and `td:nth-child(1)` read the same cell: no look-alike there.
        #expect(!compiled.stderr.contains("the recording's text \"td\" is kept"), "\(compiled.stderr)")

        let replayed = try await run.replay(parameters)
        #expect(replayed.status == 0, "\(replayed.stderr)\n\(text)")
        #expect(replayed.stdout.contains("\"12 kg\"") && replayed.stdout.contains("\"O-2\""), "\(replayed.stdout)")

        // The page changes so the look-alike differs: the compiled program reads the last score, 7.
        last.store(7, ordering: .relaxed)
        let changed = try await run.replay(parameters)
        #expect(changed.status == 0, "\(changed.stderr)")
        #expect(changed.stdout.contains("\"last\": 7"), "\(changed.stdout)")
    }
}
