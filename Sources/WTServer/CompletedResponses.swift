import Foundation
import HTTPTypes
import OpenAPIRuntime
import Synchronization

/// Finished tasks' result responses, kept for a short while. A completed or canceled task never changes,
/// and a polling client asks for it again and again; building its response (the store read, the result
/// through the generated types' free-form JSON container) is most of a poll's cost, so the bytes are kept.
/// Keyed by workspace, origin and task id, so no workspace ever sees another's entry and file URLs keep the
/// origin they were built for. Entries live `lifetime` (well inside a file URL's own expiry), at most
/// `capacity` of them, the oldest dropped first.
final class CompletedResponses: Sendable {
    struct Entry: Sendable {
        var response: HTTPResponse
        var body: Data
        var stored: ContinuousClock.Instant
    }

    private struct State {
        var entries: [String: Entry] = [:]
        var order: [String] = []
    }

    let lifetime: Duration
    let capacity: Int
    /// Larger bodies are not kept (a result above the inline limit is a file link, so bodies stay small).
    let maxBodyBytes: Int
    private let state = Mutex(State())

    init(lifetime: Duration = .seconds(60), capacity: Int = 4096, maxBodyBytes: Int = (1 << 20) + 65536) {
        self.lifetime = lifetime
        self.capacity = capacity
        self.maxBodyBytes = maxBodyBytes
    }

    func entry(_ key: String, now: ContinuousClock.Instant = .now) -> Entry? {
        state.withLock { state in
            guard let entry = state.entries[key] else { return nil }
            guard now - entry.stored < lifetime else {
                state.entries[key] = nil
                return nil
            }
            return entry
        }
    }

    func keep(_ key: String, _ entry: Entry) {
        guard entry.body.count <= maxBodyBytes else { return }
        state.withLock { state in
            if state.entries.updateValue(entry, forKey: key) == nil { state.order.append(key) }
            while state.order.count > capacity {
                state.entries[state.order.removeFirst()] = nil
            }
            // Keys whose entries expired and were dropped on read still sit in `order`; compact it now and then.
            if state.order.count > 2 * max(state.entries.count, 1) {
                state.order.removeAll { state.entries[$0] == nil }
            }
        }
    }

    var count: Int { state.withLock { $0.entries.count } }
}

/// Set by the handler when the task it answered with is finished, so `CompletedResponseMiddleware` may keep
/// the response.
final class FinishedMark: Sendable {
    private let finished = Mutex(false)
    var isSet: Bool { finished.withLock { $0 } }
    func set() { finished.withLock { $0 = true } }

    @TaskLocal static var current: FinishedMark?
}

/// Answers `getWebTaskResult` for finished tasks from `CompletedResponses`; runs after `APIKeyMiddleware`,
/// so the caller's workspace is known and checked first.
struct CompletedResponseMiddleware: ServerMiddleware {
    let cache: CompletedResponses

    func intercept(
        _ request: HTTPRequest, body: HTTPBody?, metadata: ServerRequestMetadata, operationID: String,
        next: @Sendable (HTTPRequest, HTTPBody?, ServerRequestMetadata) async throws -> (HTTPResponse, HTTPBody?)
    ) async throws -> (HTTPResponse, HTTPBody?) {
        guard operationID == "getWebTaskResult", let scope = RequestScope.current,
            let id = metadata.pathParameters["webTaskId"]
        else { return try await next(request, body, metadata) }
        let key = [scope.workspace, scope.origin, String(id)].joined(separator: "\u{0}")
        if let hit = cache.entry(key) { return (hit.response, HTTPBody(hit.body)) }
        let mark = FinishedMark()
        let (response, answer) = try await FinishedMark.$current.withValue(mark) {
            try await next(request, body, metadata)
        }
        guard mark.isSet, response.status == .ok, let answer else { return (response, answer) }
        let bytes = try await Data(collecting: answer, upTo: cache.maxBodyBytes + 1)
        cache.keep(key, .init(response: response, body: bytes, stored: .now))
        return (response, HTTPBody(bytes))
    }
}
