import Foundation
import Testing
import WTHTTP
import WTTestSupport

/// Runs `body` against a loopback server that has the standard test routes.
func withTestServer<T>(_ body: (LoopbackServer) async throws -> T) async throws -> T {
    try await withLoopbackServer(routes: LoopbackRoute.testRoutes, body)
}

/// Decodes an `/echo` response.
func decodeEcho(_ response: HTTPResponse) throws -> LoopbackEcho {
    try JSONDecoder().decode(LoopbackEcho.self, from: response.body)
}

/// Sends `request` and returns the error it must fail with (or records an issue).
func expectFailure(
    _ client: HTTPClient, _ request: HTTPRequest, sourceLocation: SourceLocation = #_sourceLocation
) async -> HTTPError? {
    do {
        let response = try await client.send(request)
        Issue.record("expected an error, got status \(response.status)", sourceLocation: sourceLocation)
        return nil
    } catch {
        return error
    }
}

/// Polls `condition` every 10 ms until it holds or `timeout` passes; `true` if it held. The timeout is
/// generous because the whole test process can be starved for seconds; a passing run returns at once.
func waitUntil(timeout: Duration = .seconds(60), _ condition: () -> Bool) async -> Bool {
    let deadline = ContinuousClock.now + timeout
    while ContinuousClock.now < deadline {
        if condition() { return true }
        try? await Task.sleep(for: .milliseconds(10))
    }
    return condition()
}
