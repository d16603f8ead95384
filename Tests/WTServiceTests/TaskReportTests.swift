import CDP
import Foundation
import Testing
import WTReport
import WTService
import WTStore
import WTTestSupport

/// Each task keeps a run report for the console: its program run's steps, times and pictures, stored in
/// the task's workspace. In real Chromium, on the bundled challenge site (a replay with clicks and a download).
@Suite(
    "Run reports kept by the service", .serialized,
    .enabled(if: FileManager.default.isExecutableFile(atPath: LaunchOptions().resolvedExecutable)))
struct TaskReportTests {
    static let workspace = ResultFileRunTests.workspace

    @Test("a replayed task keeps its steps, each action's picture as a JPEG file of its workspace")
    func keptWithPictures() async throws {
        try await ResultFileRunTests().withChallenge { site, store, service, _ in
            let task = try await service.start(workspace: Self.workspace, input: ResultFileRunTests.input(site))
            let done = try await WorkerPoolTests.withPool(service) {
                try await WorkerPoolTests.completed(store, task.id)
            }
            #expect(done.outcome == .success, "\(done.error ?? "")")
            let fileID = try #require(done.reportFile)
            let file = try #require(try await store.file(workspace: Self.workspace, id: fileID))
            #expect(file.contentType == TaskReports.contentType)
            #expect(try await store.file(workspace: "another", id: fileID) == nil)
            let report = try JSONDecoder().decode(ReportData.self, from: file.bytes)
            #expect(report.succeeded && report.mode == "browser")
            #expect(report.title == ResultFileRunTests.input(site).task)
            #expect(report.steps.count >= 4, "\(report.steps.map(\.summary))")
            #expect(report.steps.first?.summary.hasPrefix("open") == true)
            #expect(report.ledger.contains(ReportData.LedgerRow("Model calls", "0")))
            #expect(!report.pictureIDs.isEmpty)
            for id in report.pictureIDs {
                let picture = try #require(try await store.file(workspace: Self.workspace, id: id), "\(id)")
                #expect(picture.contentType == "image/jpeg" && picture.bytes.prefix(2) == Data([0xFF, 0xD8]))
            }
        }
    }

    @Test("without step pictures the report keeps the steps and their times only")
    func withoutPictures() async throws {
        try await ResultFileRunTests().withChallenge { site, store, service, _ in
            var configuration = service.configuration
            configuration.stepPictures = false
            let plain = WebTaskService(store: store, configuration: configuration)
            let task = try await plain.start(workspace: Self.workspace, input: ResultFileRunTests.input(site))
            let done = try await WorkerPoolTests.withPool(plain) { try await WorkerPoolTests.completed(store, task.id) }
            #expect(done.outcome == .success, "\(done.error ?? "")")
            let fileID = try #require(done.reportFile)
            let file = try #require(try await store.file(workspace: Self.workspace, id: fileID))
            let report = try JSONDecoder().decode(ReportData.self, from: file.bytes)
            #expect(report.steps.count >= 4)
            #expect(report.pictureIDs.isEmpty)
        }
    }
}
