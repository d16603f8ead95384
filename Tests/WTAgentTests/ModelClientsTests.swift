import Foundation
import Testing
import WTAgent

@Suite("ModelClients picks the backend")
struct ModelClientsTests {
    @Test("Anthropic by default, OpenAI-compatible when its base URL is set, a replay when a transcript is named")
    func choice() throws {
        let anthropic = try ModelClients.make(environment: ["ANTHROPIC_API_KEY": "k"])
        #expect(anthropic.backend == .anthropic)
        let openAI = try ModelClients.make(environment: ["WTC_OPENAI_BASE_URL": "http://127.0.0.1:8080"])
        #expect(openAI.backend == .openAICompatible)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("wtc-clients-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("t.jsonl").path
        try Data().write(to: URL(fileURLWithPath: file))
        let replay = try ModelClients.make(environment: ["WTC_TRANSCRIPT_REPLAY": file, "ANTHROPIC_API_KEY": "k"])
        #expect(replay.backend.isReplay)
        let explicit = try ModelClients.make(environment: [:], replay: file)
        #expect(explicit.backend.description == "transcript replay of \(file)")
        let recorder = try ModelClients.make(environment: ["ANTHROPIC_API_KEY": "k"], record: file)
        #expect(recorder is TranscriptRecorder)
        #expect(recorder.backend == .anthropic)
    }

    @Test("no key and no other backend is the missing-key error; recording a replay is refused")
    func refusals() throws {
        let missing = try #require(throws: ModelError.self) { try ModelClients.make(environment: [:]) }
        #expect(missing.kind == .missingAPIKey)
        let both = try #require(throws: ModelError.self) {
            try ModelClients.make(environment: [:], replay: "/tmp/a.jsonl", record: "/tmp/b.jsonl")
        }
        #expect(both.description.contains("cannot record a conversation that is being replayed"))
    }
}
