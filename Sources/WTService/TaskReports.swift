import Foundation
import WTAgent
import WTEngine
import WTReport
import WTStore

/// Keeps a task's run report in the store for the console: each picture as a stored JPEG file, then the
/// report itself as a JSON file whose pictures are those files' ids. A report is an aid, not the result: a
/// store that fails here leaves the task without one and the task's outcome unchanged.
public enum TaskReports {
    /// The media type of a stored report.
    public static let contentType = "application/vnd.wtc.report+json"

    /// Stores the report of the last program `recorder` saw run; the report file's id, or nil when no
    /// program ran or the store failed.
    static func keep(
        _ recorder: ReportRecorder, of run: RunReport, input: TaskInput, workspace: String, in store: any DataStore
    ) async -> String? {
        guard var (data, images) = recorder.lastReport(title: input.task, ledger: ledger(run)) else { return nil }
        let secrets = Set(input.secrets)
        data.parameters = data.parameters.map { secrets.contains($0.name) ? .init(name: $0.name, value: nil) : $0 }
        do {
            var stored: [String: String] = [:]
            for (id, picture) in images.pictures.sorted(by: { $0.key < $1.key }) {
                stored[id] = try await store.putFile(
                    workspace: workspace, contentType: "image/jpeg", bytes: picture.jpeg)
            }
            data = data.renamingPictures { stored[$0] }
            let json = try JSONEncoder().encode(data)
            return try await store.putFile(workspace: workspace, contentType: contentType, bytes: json)
        } catch {
            return nil
        }
    }

    /// The ledger rows of a service run: what the model did and cost, and how much ran as code.
    static func ledger(_ run: RunReport) -> [ReportData.LedgerRow] {
        let tokens = run.ledger.models.values
        return [
            .init("Model calls", "\(run.ledger.modelCalls)"),
            .init("Input tokens", "\(tokens.reduce(0) { $0 + $1.input })"),
            .init("Output tokens", "\(tokens.reduce(0) { $0 + $1.output })"),
            .init("AI dollars", String(format: "$%.4f", run.aiUsd)),
            .init("Steps run as code", "\(run.ledger.stepsAsCode)"),
            .init("Steps by the agent", "\(run.ledger.stepsByAgent)"),
            .init("Compute", String(format: "%.2f s", run.computeSeconds)),
        ]
    }
}
