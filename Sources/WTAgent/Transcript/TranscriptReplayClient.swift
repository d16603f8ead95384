import Foundation
import Synchronization

/// A `ModelClient` that plays a recorded conversation (a transcript written by `TranscriptRecorder`) in
/// order, one line per call, through the same port and the same reply decoder as a live model. No
/// model is called and its `backend` says so: "transcript replay of FILE".
///
/// Each call must name the model the recorded call named. With `.exactRequest`, the request must also
/// be the recorded one, digest for digest; the default does not insist, since a replayed run sees pages
/// served on other ports and at other times. A malformed line, a mismatch, or a call after the last
/// line is a `ModelError` of kind `.transcript(line:)` naming the file and line.
public final class TranscriptReplayClient: ModelClient {
    /// How closely a call must match the recorded one.
    public enum Matching: Sendable {
        /// The same model.
        case model
        /// The same model and the same request body.
        case exactRequest
    }

    /// The transcript's path.
    public let file: String
    private let lines: [Substring]
    private let matching: Matching
    private let next = Mutex(0)

    /// A replay of `file`, read now; throws when it cannot be read.
    public init(file: String, matching: Matching = .model) throws(ModelError) {
        let text: String
        do { text = try String(contentsOfFile: file, encoding: .utf8) } catch {
            throw ModelError(.transcript(line: nil), detail: "cannot read \(file)")
        }
        self.file = file
        self.matching = matching
        self.lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            .reversed().drop { $0.isEmpty }.reversed()
    }

    public var backend: ModelBackend { ModelBackend(.transcriptReplay(file: file)) }

    /// How many calls have been answered.
    public var played: Int { next.withLock { $0 } }

    /// Whether every recorded call has been played.
    public var isFinished: Bool { played == lines.count }

    public func send(_ request: ModelRequest) async throws(ModelError) -> ModelResponse {
        try next.withLock { (index: inout Int) throws(ModelError) in
            let number = index + 1
            guard index < lines.count else {
                throw ModelError(
                    .transcript(line: number),
                    detail: "\(file) ran out: it records \(lines.count) calls and call \(number) was made")
            }
            let line = try TranscriptLine(parsing: lines[index], line: number, file: file)
            try check(line, against: request, number: number)
            index += 1
            return line.response
        }
    }

    private func check(_ line: TranscriptLine, against request: ModelRequest, number: Int) throws(ModelError) {
        if line.model != request.model {
            throw ModelError(
                .transcript(line: number),
                detail: "\(file):\(number): recorded for model \(line.model), asked for \(request.model)")
        }
        if matching == .exactRequest, line.requestDigest != TranscriptLine.digest(request) {
            throw ModelError(
                .transcript(line: number),
                detail: "\(file):\(number): the request differs from the recorded one (\(line.requestDigest))")
        }
    }
}
