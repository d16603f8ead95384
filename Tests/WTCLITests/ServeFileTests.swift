import Foundation
import Testing
import WTTestSupport

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// A downloaded file end to end, as a user meets it: the challenge program imported under a key, `wtc serve`
/// runs a task on it in Chromium, the result's file object gives a signed URL, and that URL serves the CSV
/// the site sent — to no one in another workspace, and to no one with a changed token.
@Suite(
    "wtc serve with a downloaded file (built binary)", .serialized,
    .enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/lib/chromium/chromium-headless-shell")))
struct ServeFileTests {
    static let keyB = "serve-file-key-b-0123456789"

    @Test("the task's CSV comes back through its signed URL as text/csv; a changed token or workspace is a 404")
    func downloadedFile() async throws {
        let site = try SampleSites.server("challenge")
        try site.start()
        defer { site.stop() }
        let data = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: data) }
        let programs = data.appendingPathComponent("programs")
        try FileManager.default.createDirectory(at: programs, withIntermediateDirectories: true)
        try Data(try Self.program().utf8).write(to: programs.appendingPathComponent("challenge.wt"))
        let imported = try await CLI.run(
            ["keys", "import", programs.path, "--workspace", "ws1", "--data-dir", data.path])
        #expect(imported.status == 0, "\(imported.stderr)")
        let serve = try BackgroundCLI(
            ["serve", "--port", "0", "--data-dir", data.path, "--allow-loopback"],
            environment: ["WTC_API_KEYS": "ws1:\(ServeCommandTests.key),ws2:\(Self.keyB)"])
        defer { serve.stop() }
        #expect(serve.waitForStderr(containing: "serving on", seconds: 60), "\(serve.stderr)")
        let api = try #require(serve.stderr.firstMatch(of: /http:\/\/127\.0\.0\.1:\d+/).map { String($0.0) })
        let body: [String: Any] = [
            "task": "Publish the report waiting for review and download its CSV", "startUrl": site.url("/challenge"),
            "reuseKey": "challenge",
        ]
        let started = try await ServeCommandTests.call(api, "POST", "/web-tasks/start", body: body)
        let id = try #require(started.json["webTaskId"] as? String)
        let done = try await ServeCommandTests.completed(api, id)
        #expect(done["outcome"] as? String == "success", "\(done)")
        let result = done["result"] as? [String: Any]
        let file = try #require((result?["data"] as? [String: Any])?["report"] as? [String: Any], "\(done)")
        #expect(file["contentType"] as? String == "text/csv" && file["name"] as? String == "report.csv")
        let url = try #require(file["url"] as? String)
        let served = try await Self.get(site.url("/challenge/reports/lighthouse-survey/download"))
        let fetched = try await Self.get(url)
        #expect(fetched.status == 200 && fetched.body == served.body)
        #expect(fetched.type == "text/csv" && file["sizeBytes"] as? Int == served.body.count)
        #expect(try await Self.get(url.replacingOccurrences(of: "token=", with: "token=0")).status == 404)
        #expect(try await Self.get(url.replacingOccurrences(of: "/ws1/", with: "/ws2/")).status == 404)
        var asB = URLRequest(url: try #require(URL(string: "\(api)/api/v1/workspace/ws2/web-tasks/\(id)/result")))
        asB.setValue(Self.keyB, forHTTPHeaderField: "x-api-key")
        let (_, reply) = try await URLSession.shared.data(for: asB)
        #expect((reply as? HTTPURLResponse)?.statusCode == 404)
    }

    @Test("--max-file-mb outside 1 to 1000 is a usage error, before anything starts")
    func fileLimitRange() async throws {
        let data = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: data) }
        for bad in ["0", "1001"] {
            let run = try await CLI.run(["serve", "--port", "0", "--data-dir", data.path, "--max-file-mb", bad])
            #expect(run.status == 64 && run.stderr.contains("--max-file-mb must be 1 to 1000"), "\(run.stderr)")
        }
    }

    /// The challenge sample's program, opening the start URL each task gives.
    static func program() throws -> String {
        let sample = Paths.samples.appendingPathComponent("challenge/program.wt")
        return try String(contentsOf: sample, encoding: .utf8)
            .replacingOccurrences(of: #"param base_url: url = "http://127.0.0.1:8000""#, with: "param start_url: url")
            .replacingOccurrences(of: #"open "{base_url}/challenge""#, with: #"open "{start_url}""#)
    }

    /// A GET with no API key: status, body and media type.
    static func get(_ url: String) async throws -> (status: Int, body: Data, type: String?) {
        let (body, response) = try await URLSession.shared.data(from: try #require(URL(string: url)))
        let http = response as? HTTPURLResponse
        return (http?.statusCode ?? 0, body, http?.value(forHTTPHeaderField: "Content-Type"))
    }
}
