import Foundation
import Synchronization

/// A `ModelClient` that passes every request to another and appends each reply to a transcript file
/// (JSONL, see `TranscriptLine`), so the conversation can be played again with `TranscriptReplayClient`
/// and no model. Failed calls are not recorded: a replay plays the conversation that succeeded.
///
/// The file is created if missing and appended to otherwise; each line is written whole, in call order.
public final class TranscriptRecorder: ModelClient {
    /// The client that answers.
    public let inner: any ModelClient
    /// The transcript's path.
    public let file: String
    private let calls = Mutex(0)

    /// A recorder sending to `inner` and appending to `file`.
    public init(wrapping inner: any ModelClient, file: String) {
        self.inner = inner
        self.file = file
    }

    /// The backend that answers; recording does not change who that is.
    public var backend: ModelBackend { inner.backend }

    public func send(_ request: ModelRequest) async throws(ModelError) -> ModelResponse {
        let response = try await inner.send(request)
        try calls.withLock { (count: inout Int) throws(ModelError) in
            count += 1
            let line = TranscriptLine(
                call: count, model: request.model, requestDigest: TranscriptLine.digest(request), response: response)
            try append(line.text + "\n")
        }
        return response
    }

    /// Appends `text` to the file, creating it first if needed.
    private func append(_ text: String) throws(ModelError) {
        let manager = FileManager.default
        if !manager.fileExists(atPath: file), !manager.createFile(atPath: file, contents: nil) {
            throw ModelError(.transcript(line: nil), detail: "cannot create \(file)")
        }
        do {
            let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: file))
            defer { try? handle.close() }
            try handle.seekToEnd()
            try handle.write(contentsOf: Data(text.utf8))
        } catch {
            throw ModelError(.transcript(line: nil), detail: "cannot append to \(file): \(error.localizedDescription)")
        }
    }
}
