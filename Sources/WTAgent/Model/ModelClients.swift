/// Picks the `ModelClient` a run uses from its settings, so every command chooses the same way.
///
/// In order: a transcript to replay (`replay`, else `WTC_TRANSCRIPT_REPLAY`) plays that file and calls no
/// model; else `WTC_OPENAI_BASE_URL` selects an OpenAI-compatible server; else Anthropic, which needs
/// `ANTHROPIC_API_KEY`. A transcript to record (`record`, else `WTC_TRANSCRIPT_RECORD`) wraps the live
/// backend in a `TranscriptRecorder`; recording a replay is refused, since it would copy the file.
public enum ModelClients {
    /// The client the settings ask for; throws the backend's own configuration error when one is missing.
    public static func make(
        environment: [String: String], replay: String? = nil, record: String? = nil,
        clock: any RetryClock = SystemRetryClock()
    ) throws(ModelError) -> any ModelClient {
        func setting(_ explicit: String?, _ variable: String) -> String? {
            (explicit ?? environment[variable]).flatMap { $0.isEmpty ? nil : $0 }
        }
        let recordFile = setting(record, "WTC_TRANSCRIPT_RECORD")
        if let replayFile = setting(replay, "WTC_TRANSCRIPT_REPLAY") {
            if recordFile != nil {
                throw ModelError(.transcript(line: nil), detail: "cannot record a conversation that is being replayed")
            }
            return try TranscriptReplayClient(file: replayFile)
        }
        let live: any ModelClient =
            if environment["WTC_OPENAI_BASE_URL"].map({ !$0.isEmpty }) ?? false {
                try OpenAICompatibleClient(environment: environment, clock: clock)
            } else {
                try AnthropicClient(environment: environment, clock: clock)
            }
        return recordFile.map { TranscriptRecorder(wrapping: live, file: $0) } ?? live
    }
}
