import CDP
import Foundation
import Testing
import WTAgent
import WTDiagnostics
import WTEngine
import WTRuntime
import WTService
import WTTestSupport
import WTTrace

/// Exploration of every sample site other than quotes (`ExplorationTests`), on real Chromium: the scripted
/// model does the task of `samples/NAME/program.wt` through the refs of real observations, the result
/// equals `expected.json`, and the compiled program replays to the same result.
@Suite(
    "Sample explorations", .serialized,
    .enabled(if: FileManager.default.isExecutableFile(atPath: LaunchOptions().resolvedExecutable)))
struct SampleExplorationTests {
    @Test("products, with a detour: the wrong link is opened, seen and left, then every product is read")
    func products() async throws {
        let outcome = try await explore("products", script: AgentScripts.products, path: "/products/") {
            "Collect every product with its price, sku, stock, rating, reviews, images and description"
        }
        // The page's own URL is no element on the page, so the agent cannot extract `page`.
        let expected = SampleExpectations.removing("page", from: outcome.expected)
        #expect(outcome.result?.isSame(as: expected) == true, "\(outcome.result?.jsonText ?? "no result")")
        #expect(!outcome.program.contains("/sale/") && !outcome.program.contains("Sale!"), "\(outcome.program)")
    }

    @Test("rates, with a schema mismatch: finish names the JSON path, the rates are read again as numbers")
    func rates() async throws {
        let schema = try Self.json(Self.ratesSchema)
        let validator = SchemaValidator(schema: schema)
        let outcome = try await explore(
            "rates", script: AgentScripts.rates, path: "/rates", schema: schema,
            validate: { validator.validate($0).violations.map(\.description) }
        ) { "Read the reference rates table and the date it was updated" }
        #expect(outcome.result?.isSame(as: outcome.expected) == true, "\(outcome.result?.jsonText ?? "no result")")
    }

    @Test("login: the secret password is typed through its parameter and the account page is read")
    func login() async throws {
        let parameters = [
            Agent.Request.Parameter(name: "username", value: .string("demo")),
            Agent.Request.Parameter(name: "password", value: .secret(SampleSites.demoPassword)),
        ]
        let outcome = try await explore(
            "login", script: AgentScripts.loginSample, path: "/login", parameters: parameters
        ) { "Sign in as {username} and read the account's name, email and plan" }
        #expect(outcome.result?.isSame(as: outcome.expected) == true, "\(outcome.result?.jsonText ?? "no result")")
        #expect(!outcome.program.contains(SampleSites.demoPassword))
    }

    @Test(
        "feed: scrolled until the feed is all caught up, then every post read")
    func feed() async throws {
        let outcome = try await explore("feed", script: AgentScripts.feed, path: "/feed") {
            "Collect every post of the feed with its title, author, date and likes"
        }
        #expect(outcome.result?.isSame(as: outcome.expected) == true, "\(outcome.result?.jsonText ?? "no result")")
    }

    @Test("quote-form: two steps, a select, a radio, an autocomplete, then the quote")
    func quoteForm() async throws {
        let parameters = [
            Agent.Request.Parameter(name: "full_name", value: .string("Ada Lovelace")),
            Agent.Request.Parameter(name: "start_date", value: .string("2026-12-01")),
        ]
        let outcome = try await explore(
            "quote-form", script: AgentScripts.quoteForm, path: "/quote/step-1", parameters: parameters
        ) { "Get a basic home cover quote for {full_name} in London starting {start_date}" }
        #expect(outcome.result?.isSame(as: outcome.expected) == true, "\(outcome.result?.jsonText ?? "no result")")
    }

    @Test("search: two queries sorted by price, each read through its pages")
    func search() async throws {
        let outcome = try await explore("search", script: AgentScripts.search, path: "/search") {
            "Search for laptop and then tablet, sorted by price from low to high, and collect every result"
        }
        // `query` and `position` are the program's own values, not text on the page: the agent cannot extract them.
        let expected = SampleExpectations.removing(
            "position", from: SampleExpectations.removing("query", from: outcome.expected))
        #expect(outcome.result?.isSame(as: expected) == true, "\(outcome.result?.jsonText ?? "no result")")
    }

    @Test("challenge: the named report opened, its status read, the draft published, its iframe read, the CSV kept")
    func challenge() async throws {
        let outcome = try await explore("challenge", script: AgentScripts.challenge, path: "/challenge") {
            "Open the report waiting for review, read its status, publish it if it is a draft, and return its "
                + "details and the downloaded report"
        }
        // The file's place is the run's own folder: compared by name, type and size.
        #expect(
            SampleExpectations.removing("path", from: outcome.result ?? .null)
                .isSame(as: SampleExpectations.removing("path", from: outcome.expected)),
            "\(outcome.result?.jsonText ?? "no result")")
        #expect(outcome.program.contains("Publish"), "\(outcome.program)")
        #expect(outcome.program.contains("extract details = one"), "\(outcome.program)")
        #expect(outcome.program.contains("into report"), "\(outcome.program)")
    }

    /// What one exploration gave: the agent's result, the verified program and the sample's expected result.
    struct Explored {
        var result: JSONValue?
        var program: String
        var expected: JSONValue
    }

    /// Explores sample `name` from `path` with the model playing `script`; requires a verified program.
    func explore(
        _ name: String, script: [FakeModelTurn], path: String, parameters: [Agent.Request.Parameter] = [],
        schema: JSONValue? = nil, validate: @escaping @Sendable (JSONValue) -> [String] = { _ in [] },
        task: () -> String
    ) async throws -> Explored {
        let site = try SampleSites.server(name)
        try site.start()
        defer { site.stop() }
        var request = ExplorationHarness.request(task(), start: site.url(path), parameters: parameters)
        request.agent.outputSchema = schema
        let transcript = ExplorationHarness.transcript(name)
        let recording = ProcessInfo.processInfo.environment["WTC_RECORD"] == "1"
        let explored = try await withFakeModelServer(script) { model in
            var services = ExplorationHarness.services(model, validate: validate)
            if recording {
                try? FileManager.default.removeItem(at: transcript)
                try FileManager.default.createDirectory(
                    at: transcript.deletingLastPathComponent(), withIntermediateDirectories: true)
                services.client = TranscriptRecorder(wrapping: services.client, file: transcript.path)
            }
            let outcome = await Exploration.explore(request, services: services)
            model.expectScriptPlayed()
            #expect(outcome.whyNoProgram == nil, "\(outcome.whyNoProgram ?? "")")
            let program = try #require(outcome.program)
            print("the \(name) program, compiled from the agent's trace:\n\(program)")
            let base = site.url("")
            let expected = try SampleExpectations.expected(
                name, base: base.hasSuffix("/") ? String(base.dropLast()) : base)
            return Explored(result: outcome.result, program: program, expected: expected)
        }
        try await replayTranscript(transcript, request: request, validate: validate, expecting: explored.result)
        return explored
    }

    /// The sample's recorded conversation (`WTC_RECORD=1` records it from the script) played through the real
    /// loop again: the same result and a verified program. Its refs are those of the page view when it was
    /// recorded, so a change to the view that renumbers them fails here: record again.
    private func replayTranscript(
        _ transcript: URL, request: Exploration.Request, validate: @escaping @Sendable (JSONValue) -> [String],
        expecting result: JSONValue?
    ) async throws {
        let replay = try TranscriptReplayClient(file: transcript.path)
        var again = request
        again.engine.runDirectory = request.engine.runDirectory.appendingPathExtension("replay")
        let outcome = await Exploration.explore(
            again, services: ExplorationHarness.services(replay, validate: validate))
        #expect(outcome.program != nil, "\(outcome.whyNoProgram ?? "") (stale transcript? record it with WTC_RECORD=1)")
        // A downloaded file's place is the run's folder, which differs here.
        let same = SampleExpectations.removing("path", from: outcome.result ?? .null)
            .isSame(as: SampleExpectations.removing("path", from: result ?? .null))
        #expect(same, "replayed \(transcript.lastPathComponent)")
    }

    static func json(_ text: String) throws -> JSONValue { JSONValue(try PositionedJSON.parse(Array(text.utf8))) }

    static let ratesSchema = """
        {"type": "object", "required": ["updated", "rates"], "properties": {
          "updated": {"type": "string"},
          "rates": {"type": "array", "items": {"type": "object", "required": ["currency", "code", "rate"],
            "properties": {"currency": {"type": "string"}, "code": {"type": "string"}, "rate": {"type": "number"}}}}}}
        """
}
