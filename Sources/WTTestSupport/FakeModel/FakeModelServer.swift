import Foundation
import Synchronization
import Testing

/// A stand-in for the Anthropic Messages API (or, in the `.openAI` dialect, an OpenAI-compatible chat
/// completions server) on 127.0.0.1 that plays a scripted conversation.
///
/// Each request is checked for the wire basics (POST `/v1/messages`, `anthropic-version`, `x-api-key`, a
/// JSON body with `model`, `max_tokens` and `messages`), then answered by the next turn of the script once
/// that turn's checks pass. Anything unexpected — a bad request, a failed check, a request after the last
/// turn — is answered with 500 *and* recorded in `violations`, because a client that retries or swallows
/// the 500 must not hide it: call `expectScriptPlayed()` at the end of the test.
///
/// ```swift
/// try await withFakeModelServer([.text("Hello")]) { server in
///     let client = AnthropicClient(configuration: .init(baseURL: server.baseURL, apiKey: "test-key"))
///     …
///     server.expectScriptPlayed()
/// }
/// ```
public final class FakeModelServer: Sendable {
    private struct State {
        var next = 0
        var requests: [FakeModelRequest] = []
        var violations: [FakeModelViolation] = []
    }

    /// Where a request's turn comes from.
    private enum Turns: Sendable {
        /// One conversation, played in order.
        case sequence([FakeModelTurn])
        /// Many conversations at once: `pick` chooses a request's script, and the turn is the one after the
        /// assistant messages the request already holds, so nothing depends on the order requests arrive in.
        case routed(@Sendable (FakeModelRequest) -> [FakeModelTurn]?)
    }

    private let turns: Turns
    private let dialect: FakeModelDialect
    private let state = Mutex(State())
    private let server: LoopbackServer

    /// A stopped server for `script`; use `withFakeModelServer`, which starts and stops it.
    convenience init(script: [FakeModelTurn], dialect: FakeModelDialect = .anthropic) throws {
        try self.init(turns: .sequence(script), dialect: dialect)
    }

    /// A stopped server answering any number of concurrent conversations (several processes exploring and
    /// repairing at once): `pick` names the script a request belongs to — by its tools or its prompt — or
    /// nil for a request no script expects (a violation). Start it with `start()`, stop it with `stop()`.
    public convenience init(routing pick: @escaping @Sendable (FakeModelRequest) -> [FakeModelTurn]?) throws {
        try self.init(turns: .routed(pick))
    }

    private init(turns: Turns, dialect: FakeModelDialect = .anthropic) throws {
        self.turns = turns
        self.dialect = dialect
        let box = WeakBox()
        server = try LoopbackServer(routes: [
            LoopbackRoute(nil, "/*") { request in box.value?.answer(request) ?? .notFound }
        ])
        box.value = self
    }

    /// `http://127.0.0.1:<port>`: the base URL to configure the client with.
    public var baseURL: String { server.baseURL }

    /// Every request received, in order.
    public var requests: [FakeModelRequest] { state.withLock { $0.requests } }

    /// Everything unexpected so far, in order.
    public var violations: [FakeModelViolation] { state.withLock { $0.violations } }

    /// How many turns of the script have been answered.
    public var turnsPlayed: Int { state.withLock { $0.next } }

    /// Records a test issue for every violation and for every turn the client never asked for.
    public func expectScriptPlayed(sourceLocation: SourceLocation = #_sourceLocation) {
        for violation in violations { Issue.record("fake model server: \(violation)", sourceLocation: sourceLocation) }
        let played = turnsPlayed
        if case .sequence(let script) = turns, played < script.count {
            Issue.record(
                "fake model server: only \(played) of \(script.count) turns were played", sourceLocation: sourceLocation
            )
        }
    }

    /// Starts listening (`withFakeModelServer` does it for a scripted conversation).
    public func start() throws { try server.start() }
    /// Stops listening; requests in flight are answered first.
    public func stop() { server.stop() }

    /// Runs on the connection's thread.
    private func answer(_ loopback: LoopbackRequest) -> LoopbackResponse {
        let request = FakeModelRequest(loopback)
        let (next, sequence) = state.withLock { state in
            state.requests.append(request)
            return (state.next, state.requests.count)
        }
        let wire = dialect.problems(request)
        guard wire.isEmpty else {
            return violation("request \(sequence) breaks the wire format: " + wire.joined(separator: "; "))
        }
        let script: [FakeModelTurn]
        var turnIndex = next
        switch turns {
        case .sequence(let all): script = all
        case .routed(let pick):
            guard let picked = pick(request) else {
                return violation("request \(sequence) belongs to no script: \(request.lastUserText.prefix(300))")
            }
            script = picked
            turnIndex = request.messages.filter { $0["role"]?.stringValue == "assistant" }.count
        }
        guard turnIndex < script.count else {
            return violation("request \(sequence) came after the script's \(script.count) turns ended")
        }
        let turn = script[turnIndex]
        let failed = turn.checks.compactMap { check in check.problem(request).map { "\(check.description): \($0)" } }
        guard failed.isEmpty else {
            return violation(
                "request \(sequence) fails turn \(turnIndex + 1)'s checks: " + failed.joined(separator: "; "))
        }
        let reply = turn.makeReply(request).numberingToolUses(turn: turnIndex + 1)
        if case .hang = reply { return hang(loopback, turn: turnIndex) }
        switch reply.response(for: request, in: dialect) {
        case .success(let response):
            state.withLock { $0.next += 1 }
            return response
        case .failure(let problem):
            return violation("request \(sequence), turn \(turnIndex + 1): \(problem.description)")
        }
    }

    /// Plays the turn and holds the connection without answering until the server stops (or an hour
    /// passes, so a forgotten server cannot hold a thread forever).
    private func hang(_ loopback: LoopbackRequest, turn: Int) -> LoopbackResponse {
        state.withLock { $0.next = turn + 1 }
        _ = loopback.pause(for: .seconds(3600))
        return .text("the fake model server stopped\n", status: 503)
    }

    private func violation(_ text: String) -> LoopbackResponse {
        let violation = FakeModelViolation(text)
        state.withLock { $0.violations.append(violation) }
        return FakeModelWire.violationResponse(violation)
    }
}

/// Lets the route reach the server without the server and its route owning each other.
private final class WeakBox: @unchecked Sendable {
    // @unchecked: written once in `FakeModelServer.init`, before the server starts and any thread reads it.
    weak var value: FakeModelServer?
}

/// Runs `body` with a started fake model server playing `script` in `dialect`, and stops it on every path
/// out.
public func withFakeModelServer<T>(
    _ script: [FakeModelTurn], dialect: FakeModelDialect = .anthropic, _ body: (FakeModelServer) async throws -> T
) async throws -> T {
    let server = try FakeModelServer(script: script, dialect: dialect)
    try server.start()
    defer { server.stop() }
    return try await body(server)
}
