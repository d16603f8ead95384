import Foundation
import Testing
import WTTestSupport

/// Values that come from the page stay bound to the page (issue 11): a run on `WordQuizSite` reads a word,
/// an order sentence and a colour, types the word, the order number and a greeting around the word, and
/// chooses the colour. They change on every visit, so the compiled program gets `correct` only if it types
/// and chooses what its own page shows — a program holding the recorded word would get `wrong` and still
/// exit 0.
@Suite("Values read from the page stay bound to it (built binary)", .serialized)
struct ValueBindingRoundTripTests {
    /// The modes, each with the trace as recorded and as an agent's would be: without the reads (the
    /// agent read the word, the order sentence and the colour off the page by eye).
    static let runs = [("http", false), ("browser", false), ("http", true), ("browser", true)]

    @Test("the compiled program types and chooses what its own page shows", arguments: runs)
    func typesTheNewWord(_ mode: String, byEye: Bool) async throws {
        let site = WordQuizSite()
        let server = try LoopbackServer(routes: site.routes)
        try server.start()
        defer { server.stop() }
        let run = try TraceRoundTrip(program: WordQuizSite.program, name: "quiz")
        defer { run.close() }
        let parameters = ["--param", "base_url=\(server.baseURL)", "--mode", mode]

        let recorded = try await run.record(parameters)
        try #require(recorded.status == 0, "recording failed: \(recorded.stderr)")
        try #require(recorded.stdout.contains("\"correct\""), "\(recorded.stdout)")
        let recordedWord = site.currentWord
        if byEye { try Self.dropReads(["word", "order", "colour"], in: URL(fileURLWithPath: run.trace)) }

        let compiled = try await run.compile(explain: true)
        try #require(compiled.status == 0, "compile failed: \(compiled.stderr)")
        let text = run.compiled
        #expect(!text.contains("\"\(recordedWord)\""), "the recorded word is a constant:\n\(text)")
        if byEye {
            #expect(text.contains(#"extract answer = "#), "\(text)")
            #expect(text.contains(#" with "Dear {answer}""#), "\(text)")
            #expect(text.contains(#"extract colour = "#), "\(text)")
        } else {
            #expect(text.contains(" with word"), "\(text)")
            #expect(text.contains(" with order then match "), "\(text)")
            #expect(text.contains(#" with "Dear {word}""#), "\(text)")
            #expect(text.contains(" option colour"), "\(text)")
        }

        for _ in 0..<2 {
            let replayed = try await run.replay(parameters)
            #expect(replayed.status == 0, "\(replayed.stderr)\n\(text)")
            #expect(site.currentWord != recordedWord, "the site served the same word again")
            #expect(replayed.stdout.contains("\"correct\""), "typed another word than \(site.currentWord):\n\(text)")
        }
    }

    @Test("an address built from a read and a regex part of one is built from the new page's values")
    func addressFollowsThePage() async throws {
        let site = WordQuizSite()
        let server = try LoopbackServer(routes: site.routes)
        try server.start()
        defer { server.stop() }
        let run = try TraceRoundTrip(program: WordQuizSite.addressProgram, name: "address")
        defer { run.close() }
        let parameters = ["--param", "base_url=\(server.baseURL)"]
        let recorded = try await run.record(parameters)
        try #require(recorded.status == 0, "recording failed: \(recorded.stderr)")
        let compiled = try await run.compile()
        try #require(compiled.status == 0, "compile failed: \(compiled.stderr)")
        let text = run.compiled
        #expect(text.contains("let order_number = order then match "), "\(text)")
        #expect(text.contains(#"open "{base_url}/answer?answer={word}&code={order_number}""#), "\(text)")

        let replayed = try await run.replay(parameters)
        #expect(replayed.status == 0, "\(replayed.stderr)\n\(text)")
        #expect(replayed.stdout.contains("\"typed\": \"\(site.currentWord)\""), "\(replayed.stdout)\n\(text)")
        #expect(replayed.stdout.contains("\"code\": \"\(site.currentOrder)\""), "\(replayed.stdout)\n\(text)")
        #expect(!recorded.stdout.contains(site.currentWord), "the site served the recorded word again")
    }

    /// Removes the extract steps into `names` from the trace folder's `trace.json`, numbering the rest again.
    static func dropReads(_ names: Set<String>, in folder: URL) throws {
        let file = folder.appendingPathComponent("trace.json")
        var trace = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: file)) as? [String: Any])
        let steps = try #require(trace["steps"] as? [[String: Any]])
        var kept = steps.filter { step in
            guard let into = (step["extraction"] as? [String: Any])?["into"] as? String else { return true }
            return !names.contains(into)
        }
        #expect(kept.count == steps.count - names.count)
        for k in kept.indices { kept[k]["index"] = k + 1 }
        trace["steps"] = kept
        try JSONSerialization.data(withJSONObject: trace, options: [.prettyPrinted]).write(to: file)
    }

    @Test("a value nothing on the page explains becomes a parameter the next run can change")
    func unexplainedValueIsAParameter() async throws {
        let server = try LoopbackServer(routes: WordQuizSite().routes)
        try server.start()
        defer { server.stop() }
        let program = """
            program "typed"
            mode http

            param base_url: url = "http://127.0.0.1:8000"

            output typed: string

            open "{base_url}/quiz"
            fill "#answer" with "Grace Hopper"
            click "#send"
            extract typed = text "#typed"

            """
        let run = try TraceRoundTrip(program: program, name: "typed")
        defer { run.close() }
        let parameters = ["--param", "base_url=\(server.baseURL)"]
        let recorded = try await run.record(parameters)
        try #require(recorded.status == 0, "recording failed: \(recorded.stderr)")
        let compiled = try await run.compile()
        try #require(compiled.status == 0, "compile failed: \(compiled.stderr)")
        let text = run.compiled
        #expect(text.contains(#"param answer: string = "Grace Hopper""#), "\(text)")
        #expect(text.contains(" with answer"), "\(text)")

        let same = try await run.replay(parameters)
        #expect(same.stdout.contains("\"Grace Hopper\""), "\(same.stderr)\n\(text)")
        let other = try await run.replay(["--param", "answer=Ada Lovelace"] + parameters)
        #expect(other.stdout.contains("\"Ada Lovelace\""), "\(other.stderr)\n\(text)")
    }
}
