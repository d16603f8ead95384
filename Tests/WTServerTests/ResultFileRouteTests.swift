import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import WTAgent
import WTEngine
import WTServer
import WTService
import WTStore
import WTTrace

/// Downloaded files in a completed task's inline result, through the real backend (`ServiceBackend` on the
/// SQLite store): each stored reference reads back as the spec's file object with a URL signed at read time,
/// and that URL alone serves the bytes with their own media type, in their own workspace only.
@Suite("Downloaded files in results over the API")
struct ResultFileRouteTests {
    static let csv = Data("report,reading,value\nlighthouse-survey,Rail,rusted\n".utf8)

    /// A store with one completed task in `ws_a` whose result holds the CSV, a file of `ws_b`, and the API.
    struct Setup {
        let api: TestAPI
        let server: WebTasksServer
        let taskId: String
        let otherFileId: String
    }

    func withSetup<T: Sendable>(_ body: (Setup) async throws -> T) async throws -> T {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("wtc-file-route-\(UUID())")
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = try SQLiteStore(directory: folder)
        let fileId = try await store.putFile(workspace: TestAPI.workspaceA, contentType: "text/csv", bytes: Self.csv)
        let otherFileId = try await store.putFile(
            workspace: TestAPI.workspaceB, contentType: "text/plain", bytes: Data("b's".utf8))
        let reference = StoredFileReference(
            fileId: fileId, name: "report.csv", contentType: "text/csv", sizeBytes: Int64(Self.csv.count))
        let result = JSONValue.object([.init("status", .string("draft")), .init("report", reference.json)])
        _ = try await store.insertTask(
            NewTask(id: "wt_file_1", workspace: TestAPI.workspaceA, reuseKey: "k", input: #"{"task":"t"}"#))
        _ = try await store.claimNextTask(worker: "w")
        try await store.completeTask(
            "wt_file_1", worker: "w", TaskCompletion(outcome: .success, result: result.jsonText))
        let configuration = WebTaskService.Configuration(
            catalog: .builtIn, client: { _ throws(ModelError) in try TranscriptReplayClient(file: "/nonexistent") },
            engine: Engine.Options(runDirectory: folder), runsDirectory: folder.appendingPathComponent("runs"))
        let api = TestAPI()
        let server = WebTasksServer(
            backend: ServiceBackend(service: WebTaskService(store: store, configuration: configuration)),
            verifier: StaticAPIKeys([TestAPI.keyA: TestAPI.workspaceA, TestAPI.keyB: TestAPI.workspaceB]),
            signer: FileURLSigner(secret: TestAPI.secret) ?? .random(), logger: api.logger,
            publicOrigin: "http://api.test",
            clock: { [clock = api.clock] in clock.now })
        let value = try await body(
            Setup(api: api, server: server, taskId: "wt_file_1", otherFileId: otherFileId))
        await store.close()
        return value
    }

    @Test("the result's file object has a signed URL that serves the CSV as text/csv, with no API key")
    func followTheURL() async throws {
        try await withSetup { setup in
            let app = Application(router: try setup.server.router())
            try await app.test(.router) { raw in
                let client = TestAPI.Client(client: raw)
                let task = try await client.get("\(base)/ws_a/web-tasks/\(setup.taskId)/result")
                #expect(task.status == 200 && task.json["result"]["type"].string == "inline")
                let file = task.json["result"]["data"]["report"]
                #expect(file["contentType"].string == "text/csv" && file["name"].string == "report.csv")
                #expect(file["sizeBytes"].number == Double(Self.csv.count))
                let expires = try #require(file["expiresAt"].string.flatMap { try? Date($0, strategy: .iso8601) })
                #expect(expires == TestAPI.start.addingTimeInterval(24 * 3600))
                #expect(task.json["result"]["data"]["status"].string == "draft")
                let url = try #require(file["url"].string)
                #expect(url.hasPrefix("http://api.test\(base)/ws_a/files/file_"), "\(url)")
                let path = String(url.dropFirst("http://api.test".count))
                let download = try await client.get(path, key: nil)
                #expect(download.status == 200 && download.body == Array(Self.csv))
                #expect(download.headers[.contentType] == "text/csv")
                #expect(download.headers[.contentDisposition] == "attachment")
                #expect(download.headers[try #require(.init("x-content-type-options"))] == "nosniff")
                let tampered = path.replacingOccurrences(of: "token=", with: "token=0")
                #expect(try await client.get(tampered, key: nil).status == 404)
            }
        }
    }

    @Test("another workspace gets a 404: for the task, for the URL moved to it, and for its own file signed for ws_a")
    func isolated() async throws {
        try await withSetup { setup in
            let app = Application(router: try setup.server.router())
            try await app.test(.router) { raw in
                let client = TestAPI.Client(client: raw)
                let task = try await client.get("\(base)/ws_a/web-tasks/\(setup.taskId)/result")
                let path = String(
                    (task.json["result"]["data"]["report"]["url"].string ?? "").dropFirst("http://api.test".count))
                let asB = try await client.get(
                    "\(base)/ws_b/web-tasks/\(setup.taskId)/result", key: TestAPI.keyB)
                #expect(asB.status == 404)
                let moved = path.replacingOccurrences(of: "/ws_a/", with: "/ws_b/")
                #expect(try await client.get(moved, key: nil).status == 404)
                // A genuine signature for ws_a over ws_b's file id: the store finds no such file in ws_a.
                let signer = try #require(FileURLSigner(secret: TestAPI.secret))
                let signed = signer.signedPath(
                    workspace: TestAPI.workspaceA, fileId: setup.otherFileId, now: TestAPI.start)
                #expect(try await client.get(base + signed.path, key: nil).status == 404)
            }
        }
    }
}
