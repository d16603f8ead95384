import CDP
import Foundation
import Synchronization
import WTEngine
import WTTestSupport

/// A loopback site for runs that share a browser: `/set?who=X` sets a cookie and a `localStorage` entry,
/// `/show` tells which of them the page sees; `/hang` holds a run on a page that never loads.
enum SharedBrowserSite {
    /// Opens `/set?who=…`, then `/show`, and reads what the second page saw.
    static let program = """
        program "who"

        param base_url: url
        param who: string

        output cookie: string
        output storage: string
        output together: string

        open "{base_url}/set?who={who}"
        open "{base_url}/show"
        extract cookie = text "#cookie"
        extract storage = text "#storage"
        extract together = text "#together"
        """

    /// Opens `/show` without setting anything first.
    static let showOnlyProgram = """
        program "show"

        param base_url: url

        output cookie: string
        output storage: string

        open "{base_url}/show"
        extract cookie = text "#cookie"
        extract storage = text "#storage"
        """

    /// Opens `/hang`, which answers only when the server stops.
    static let hangingProgram = """
        program "hang"

        param base_url: url

        output title: string

        open "{base_url}/hang"
        extract title = text "title"
        """

    /// The routes; `/show` waits until `parties` runs have reached it, so their contexts are alive together
    /// (the page says whether they were), and `/hang` counts its visitors in `hanging`.
    static func routes(parties: Int, hanging: Visits = Visits()) -> [LoopbackRoute] {
        [
            LoopbackRoute("GET", "/set") { request in
                let who = request.queryValue("who") ?? ""
                var response = LoopbackResponse.html(
                    "<!DOCTYPE html><title>Set</title><p>set</p><script>localStorage.setItem('who', '\(who)')</script>")
                response.headers.append(("Set-Cookie", "who=\(who); Path=/"))
                return response
            },
            LoopbackRoute("GET", "/show") { request in
                let together = request.arrive(atBarrier: "show", parties: parties, timeout: .seconds(60))
                return .html(
                    """
                    <!DOCTYPE html><title>Show</title><p id="cookie">\(request.header("Cookie") ?? "none")</p>
                    <p id="together">\(together ? "yes" : "no")</p><p id="storage"></p>
                    <script>document.getElementById('storage').textContent = localStorage.getItem('who') ?? 'none'</script>
                    """)
            },
            LoopbackRoute("GET", "/hang") { request in
                hanging.count.withLock { $0 += 1 }
                _ = request.pause(for: .seconds(120))
                return .html("<!DOCTYPE html><title>Late</title>")
            },
        ]
    }

    /// Runs the cookie program as `who` in a context of `shared`; its outputs by name.
    static func run(_ shared: SharedBrowser, _ server: LoopbackServer, who: String) async throws -> [String: String] {
        let outcome = try await EngineHarness.run(
            program, parameters: ["base_url=\(server.baseURL)", "who=\(who)"], mode: .browser, shared: shared)
        if let failure = outcome.failure { throw HarnessError("the run as \(who) failed: \(failure)") }
        let json = try EngineHarness.json(outcome.result?.json(pretty: false) ?? "{}") as? [String: Any] ?? [:]
        return json.compactMapValues { $0 as? String }
    }

    /// The contexts the shared browser holds now (`Target.getBrowserContexts`).
    static func openContexts(_ shared: SharedBrowser) async throws -> [String] {
        try await shared.current().session.send(Target.GetBrowserContexts()).browserContextIds
    }

    /// Waits up to `timeout` for `condition`, checking every 20 ms.
    static func eventually(within timeout: Duration = .seconds(30), _ condition: () -> Bool) async -> Bool {
        let deadline = ContinuousClock.now + timeout
        while ContinuousClock.now < deadline {
            if condition() { return true }
            try? await Task.sleep(for: .milliseconds(20))
        }
        return condition()
    }
}

/// How many requests a route has had, for a test waiting until a run is on the page.
final class Visits: Sendable {
    let count = Mutex(0)
    var now: Int { count.withLock { $0 } }
}
