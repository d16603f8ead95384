import Foundation
import Testing
import WTServer
import WTServerFakes

@Suite("Signed result-file URLs")
struct FileRouteTests {
    /// The file URL of a completed `success-file` task, as path and query, plus the client to use it.
    static func fileURL(_ client: TestAPI.Client) async throws -> String {
        let body = #"{"task":"t","parameters":{"scenario":"success-file"}}"#
        let id = try await client.post("\(base)/ws_a/web-tasks/start", json: body).json["webTaskId"].string ?? ""
        var url = ""
        for _ in 0..<3 {
            url = try await client.get("\(base)/ws_a/web-tasks/\(id)/result").json["result"]["file"]["url"].string ?? ""
        }
        return String(url.dropFirst("http://api.test".count))
    }

    @Test("the signed URL serves the file's bytes without an API key")
    func download() async throws {
        let reply = try await TestAPI().run { client in try await client.get(try await Self.fileURL(client), key: nil) }
        #expect(reply.status == 200)
        #expect(reply.body == FakeWebTasksBackend.fileBytes)
    }

    @Test("past its expiry the URL is a 403 with reason url-expired")
    func expired() async throws {
        let api = TestAPI()
        let reply = try await api.run { client in
            let url = try await Self.fileURL(client)
            api.clock.advance(24 * 3600 + 1)
            return try await client.get(url, key: nil)
        }
        #expect(reply.status == 403)
        #expect(reply.json["error"]["details"]["reason"].string == "url-expired")
    }

    @Test("a changed token, expiry, file or workspace is a 404")
    func tampered() async throws {
        let replies = try await TestAPI().run { client in
            let url = try await Self.fileURL(client)
            let flipped = url.replacingOccurrences(of: "token=", with: "token=0")
            let later = url.replacingOccurrences(of: "&expires=", with: "&expires=9")
            let otherFile = url.replacingOccurrences(of: "file_wt_1", with: "file_wt_2")
            let otherWorkspace = url.replacingOccurrences(of: "/ws_a/", with: "/ws_b/")
            var statuses: [Int] = []
            for bad in [flipped, later, otherFile, otherWorkspace] { statuses.append(try await client.get(bad).status) }
            return statuses
        }
        #expect(replies == [404, 404, 404, 404])
    }

    @Test("a URL without a token is a 400 naming the parameter")
    func missingToken() async throws {
        let reply = try await TestAPI().run { try await $0.get("\(base)/ws_a/files/file_wt_1?expires=1", key: nil) }
        #expect(reply.status == 400)
        #expect(reply.json["error"]["details"]["field"].string == "query.token")
    }
}
