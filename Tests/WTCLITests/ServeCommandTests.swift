import Foundation
import Testing
import WTTestSupport

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// `wtc serve` and `wtc keys` as a user runs them (the built binary): the API on loopback with an API key,
/// the same task twice (the demo's recorded conversation, the bundled quotes site), the second a replay;
/// the key's history, export and diff from the same store.
@Suite(
    "wtc serve and wtc keys (built binary)", .serialized,
    .enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/lib/chromium/chromium-headless-shell")))
struct ServeCommandTests {
    static let key = "serve-test-key-0123456789"

    @Test("a task started over the API explores, the same task again replays; a wrong key is 401; SIGTERM stops")
    func serveTwice() async throws {
        let site = try SampleSites.server("quotes")
        try site.start()
        defer { site.stop() }
        let data = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: data) }
        let transcript = Paths.samples.appendingPathComponent("quotes/agent/transcript.jsonl").path
        let serve = try BackgroundCLI(
            ["serve", "--port", "0", "--data-dir", data.path, "--transcript", transcript, "--allow-loopback"],
            environment: ["WTC_API_KEYS": "ws1:\(Self.key)"])
        defer { serve.stop() }
        #expect(serve.waitForStderr(containing: "serving on", seconds: 60), "\(serve.stderr)")
        let api = try #require(serve.stderr.firstMatch(of: /http:\/\/127\.0\.0\.1:\d+/).map { String($0.0) })
        let denied = try await Self.call(api, "GET", "/web-tasks/wt_x/result", key: "wrong")
        #expect(denied.status == 401)
        let body: [String: Any] = [
            "task": "Collect every quote tagged love, with its author and tags", "startUrl": site.url("/tag/love/"),
            "reuseKey": "quotes",
        ]
        var reuses: [[String: Any]] = []
        for _ in 0..<2 {
            let started = try await Self.call(api, "POST", "/web-tasks/start", body: body)
            #expect(started.status == 200)
            let id = try #require(started.json["webTaskId"] as? String)
            let done = try await Self.completed(api, id)
            #expect(done["outcome"] as? String == "success", "\(done)")
            reuses.append(done["reuse"] as? [String: Any] ?? [:])
        }
        #expect(reuses[0]["created"] as? Bool == true && reuses[0]["used"] as? Bool == false)
        #expect(reuses[1]["used"] as? Bool == true && reuses[1]["updated"] as? Bool == false)
        serve.process.terminate()
        #expect(serve.waitForExit(seconds: 60), "\(serve.status)")
        #expect(serve.process.terminationStatus == 0, "\(serve.stderr)")

        let history = try await CLI.run(["keys", "history", "quotes", "--workspace", "ws1", "--data-dir", data.path])
        #expect(history.status == 0 && history.stdout.hasPrefix("revision 1\t"), "\(history.stderr)")
        let exported = data.appendingPathComponent("export")
        let export = try await CLI.run(
            ["keys", "export", exported.path, "--workspace", "ws1", "--data-dir", data.path])
        #expect(export.status == 0, "\(export.stderr)")
        let program = try String(contentsOf: exported.appendingPathComponent("quotes.wt"), encoding: .utf8)
        #expect(program.contains("program \"task\""))
        let missing = try await CLI.run(["keys", "show", "nope", "--workspace", "ws1", "--data-dir", data.path])
        #expect(missing.status == 66 && missing.stderr.contains("no key 'nope'"))
    }

    @Test("without --allow-loopback a task on this machine is rejected before any model call or browser, saying how")
    func loopbackRefused() async throws {
        let data = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: data) }
        let serve = try BackgroundCLI(
            ["serve", "--port", "0", "--data-dir", data.path, "--refuse-private-networks"],
            environment: ["WTC_API_KEYS": "ws1:\(Self.key)", "ANTHROPIC_API_KEY": "", "WTC_TRANSCRIPT_REPLAY": ""])
        defer { serve.stop() }
        #expect(serve.waitForStderr(containing: "serving on", seconds: 60), "\(serve.stderr)")
        let api = try #require(serve.stderr.firstMatch(of: /http:\/\/127\.0\.0\.1:\d+/).map { String($0.0) })
        let cases = [
            "http://127.0.0.1:9/": "start wtc serve with --allow-loopback",
            "http://localhost:9/": "(loopback)", "http://192.168.1.10/": "private network",
            "http://169.254.169.254/latest/meta-data/": "cloud metadata endpoint",
        ]
        for (url, says) in cases {
            let started = try await Self.call(
                api, "POST", "/web-tasks/start", body: ["task": "Read the page title", "startUrl": url])
            let done = try await Self.completed(api, try #require(started.json["webTaskId"] as? String))
            let error = done["error"] as? [String: Any] ?? [:]
            #expect(done["outcome"] as? String == "failed" && error["code"] as? String == "rejected", "\(done)")
            #expect((error["message"] as? String)?.contains(says) == true, "\(url): \(error)")
        }
    }

    /// The task's result object once it is completed, polling every 100 ms for up to two minutes.
    static func completed(_ api: String, _ id: String) async throws -> [String: Any] {
        let deadline = ContinuousClock.now + .seconds(120)
        while ContinuousClock.now < deadline {
            let answer = try await call(api, "GET", "/web-tasks/\(id)/result")
            if let status = answer.json["status"] as? String, status != "pending", status != "started" {
                return answer.json
            }
            try await Task.sleep(for: .milliseconds(100))
        }
        Issue.record("task \(id) did not complete within two minutes")
        return [:]
    }

    static func call(
        _ api: String, _ method: String, _ path: String, key: String = ServeCommandTests.key,
        body: [String: Any]? = nil
    ) async throws -> (status: Int, json: [String: Any]) {
        var request = URLRequest(url: try #require(URL(string: api + "/api/v1/workspace/ws1" + path)))
        request.httpMethod = method
        request.setValue(key, forHTTPHeaderField: "x-api-key")
        if let body {
            request.setValue("application/json", forHTTPHeaderField: "content-type")
            request.httpBody = try JSONSerialization.data(withJSONObject: body)
        }
        let (data, response) = try await URLSession.shared.data(for: request)
        let json = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any] ?? [:]
        return ((response as? HTTPURLResponse)?.statusCode ?? 0, json)
    }
}
