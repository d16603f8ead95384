import Foundation
import Testing
import WTServer
import WTTestSupport

@Suite("/openapi.json, /metrics, /healthz")
struct DocumentMetricsTests {
    @Test("/openapi.json serves the committed document byte for byte")
    func document() async throws {
        let path = Paths.repositoryRoot().appendingPathComponent("Sources/WTServer/openapi.json")
        let committed = try Array(Data(contentsOf: path))
        let reply = try await TestAPI().run { try await $0.get("/openapi.json", key: nil) }
        #expect(reply.body == committed)
        #expect(reply.json["openapi"].string == "3.1.0")
    }

    @Test("the document describes every endpoint of the contract")
    func endpoints() throws {
        let path = Paths.repositoryRoot().appendingPathComponent("Sources/WTServer/openapi.json")
        let document = JSON(parsing: try Array(Data(contentsOf: path)))
        #expect(
            document["paths"].keys == [
                "/{workspaceId}/web-tasks/start", "/{workspaceId}/web-tasks/{webTaskId}/result",
                "/{workspaceId}/web-tasks/{webTaskId}/cancel", "/{workspaceId}/web-tasks",
                "/{workspaceId}/reuse-keys/{key}", "/{workspaceId}/files/{fileId}",
            ])
        #expect(document["components"]["schemas"]["ErrorCode"]["enum"].count == 6)
    }

    @Test("/metrics shows runs by outcome, durations, AI dollars, reuse hits and queue depth")
    func metrics() async throws {
        let api = TestAPI()
        api.metrics.recordRun(outcome: "success", seconds: 3, aiUsd: 0.25, reuseHit: false)
        api.metrics.recordRun(outcome: "success", seconds: 1, aiUsd: 0, reuseHit: true)
        api.metrics.recordRun(outcome: "failed", seconds: 7, aiUsd: 0.5, reuseHit: false)
        api.metrics.setQueueDepth(4)
        let reply = try await api.run { try await $0.get("/metrics", key: nil) }
        let text = reply.text
        #expect(text.contains(#"wtc_runs_total{outcome="success"} 2"#))
        #expect(text.contains(#"wtc_runs_total{outcome="failed"} 1"#))
        #expect(text.contains(#"wtc_runs_total{outcome="rejected"} 0"#))
        #expect(text.contains("wtc_run_duration_seconds_count 3"))
        #expect(text.contains(#"wtc_run_duration_seconds_bucket{le="5.0"} 2"#))
        #expect(text.contains("wtc_ai_usd_total 0.75"))
        #expect(text.contains("wtc_reuse_hits_total 1"))
        #expect(text.contains("wtc_queue_depth 4"))
        #expect(reply.headers[.contentType]?.hasPrefix("text/plain") == true)
    }

    @Test("/healthz answers ok")
    func health() async throws {
        let reply = try await TestAPI().run { try await $0.get("/healthz", key: nil) }
        #expect(reply.json["status"].string == "ok")
    }
}
