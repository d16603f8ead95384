import Foundation
import Testing
import WTAgent
import WTTestSupport
import WTTrace

@Suite("Transcripts: record and replay")
struct TranscriptTests {
    /// A fresh folder for one test's transcript, removed when the value goes away.
    final class Folder {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("wtc-transcript-\(UUID().uuidString)")
        init() throws { try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true) }
        deinit { try? FileManager.default.removeItem(at: url) }
        func path(_ name: String) -> String { url.appendingPathComponent(name).path }
    }

    static let toolTurn = FakeModelTurn(
        .message(
            FakeModelMessage(
                id: "msg_1",
                content: [.text("Clicking."), .toolUse(id: "toolu_1", name: "click", input: #"{"selector": "a"}"#)],
                stopReason: "tool_use",
                usage: [
                    ("input_tokens", 100), ("output_tokens", 20), ("cache_creation_input_tokens", 500),
                    ("cache_read_input_tokens", 0),
                ])))

    /// The two requests of a small conversation: a question, then the tool's result.
    static func conversation(_ client: any ModelClient) async throws -> [ModelResponse] {
        var request = Fixtures.request("Collect the quotes", tools: [Fixtures.clickTool])
        let first = try await client.send(request)
        request.messages.append(first.message)
        request.messages.append(
            ModelMessage(role: .user, content: [.toolResult(toolUseID: "toolu_1", content: "ok", isError: false)]))
        return [first, try await client.send(request)]
    }

    @Test("a recorded conversation replays to the same responses, labelled as a replay, with no server")
    func roundTrip() async throws {
        let folder = try Folder()
        let file = folder.path("run.jsonl")
        let recorded = try await withFakeModelServer([Self.toolTurn, .text("Done.")]) { server in
            let recorder = TranscriptRecorder(wrapping: Fixtures.client(server), file: file)
            #expect(recorder.backend == .anthropic)
            let responses = try await Self.conversation(recorder)
            server.expectScriptPlayed()
            return responses
        }
        let lines = try String(contentsOfFile: file, encoding: .utf8).split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines[0].hasPrefix(#"{"call":1,"model":"claude-test-1","request":"fnv1a64:"#))
        let replay = try TranscriptReplayClient(file: file, matching: .exactRequest)
        #expect(replay.backend.description == "transcript replay of \(file)")
        #expect(replay.backend.isReplay)
        let replayed = try await Self.conversation(replay)
        #expect(replayed == recorded)
        #expect(replay.isFinished)
        let ledger = UsageLedger()
        for response in replayed { ledger.record(response, from: replay.backend) }
        #expect(ledger.includesReplay)
        #expect(ledger.total.usage.cacheCreationInputTokens == 500)
    }

    @Test("a replay that runs out names the line one past the last")
    func runsOut() async throws {
        let folder = try Folder()
        let file = folder.path("short.jsonl")
        try await withFakeModelServer([.text("only")]) { server in
            _ = try await TranscriptRecorder(wrapping: Fixtures.client(server), file: file).send(Fixtures.request())
        }
        let replay = try TranscriptReplayClient(file: file)
        _ = try await replay.send(Fixtures.request())
        let error = try #require(
            await Fixtures.failure { () async throws(ModelError) in try await replay.send(Fixtures.request()) })
        #expect(error.kind == .transcript(line: 2))
        #expect(error.description.contains("records 1 calls and call 2 was made"))
    }

    @Test(
        "a malformed line is refused with its file and line number",
        arguments: [
            ("not json", "not a JSON object"),
            (#"{"call": 2, "model": "claude-test-1"}"#, "expected the members"),
            (#"{"call": 2, "model": "claude-test-1", "request": "x", "response": {"id": "m"}}"#, "model: is missing"),
        ])
    func malformedLine(text: String, problem: String) async throws {
        let folder = try Folder()
        let file = folder.path("bad.jsonl")
        let good =
            #"{"call":1,"model":"claude-test-1","request":"x","response":{"id":"m","model":"claude-test-1","#
            + #""content":[],"stop_reason":"end_turn","usage":{}}}"#
        try Data((good + "\n" + text + "\n").utf8).write(to: URL(fileURLWithPath: file))
        let replay = try TranscriptReplayClient(file: file)
        _ = try await replay.send(Fixtures.request())
        let error = try #require(
            await Fixtures.failure { () async throws(ModelError) in try await replay.send(Fixtures.request()) })
        #expect(error.kind == .transcript(line: 2))
        #expect(error.description.contains("\(file):2: "), "\(error)")
        #expect(error.description.contains(problem), "\(error)")
    }

    @Test("a call for another model, or another request when exact, is refused")
    func mismatch() async throws {
        let folder = try Folder()
        let file = folder.path("run.jsonl")
        try await withFakeModelServer([.text("one")]) { server in
            _ = try await TranscriptRecorder(wrapping: Fixtures.client(server), file: file).send(Fixtures.request())
        }
        var other = Fixtures.request()
        other.model = "claude-other"
        let byModel = try #require(
            await Fixtures.failure { () async throws(ModelError) in
                try await TranscriptReplayClient(file: file).send(other)
            })
        #expect(byModel.description.contains("recorded for model claude-test-1, asked for claude-other"))
        let exact = try TranscriptReplayClient(file: file, matching: .exactRequest)
        let byRequest = try #require(
            await Fixtures.failure { () async throws(ModelError) in try await exact.send(Fixtures.request("Bye")) })
        #expect(byRequest.kind == .transcript(line: 1))
        #expect(byRequest.description.contains("the request differs from the recorded one"))
        #expect(try await TranscriptReplayClient(file: file).send(Fixtures.request("Bye")).text == "one")
    }

    @Test("a transcript that cannot be read is refused when the replay is made")
    func unreadable() {
        #expect {
            try TranscriptReplayClient(file: "/nonexistent/run.jsonl")
        } throws: { error in
            (error as? ModelError)?.kind == .transcript(line: nil)
                && "\(error)".contains("cannot read /nonexistent/run.jsonl")
        }
    }
}
