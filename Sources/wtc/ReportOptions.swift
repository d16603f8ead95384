import ArgumentParser
import Foundation
import WTAgent
import WTDiagnostics
import WTEngine
import WTReport

/// `--report FILE` for `wtc explore` and `wtc run`: the report of the last program the command ran (the
/// saved program's replay, or the new program's verification replay), with the compiler's reasons beside
/// the lines of a program compiled this time and the model ledger.
struct ReportOptions: ParsableArguments {
    @Option(
        name: .long,
        help: """
            Write a run report to this HTML file: the program that ran last (a saved program's replay or a new \\
            program's verification) with each line's outcome, time and the compiler's reasons, pictures of \\
            every step, the outputs and the model ledger. One file, readable offline.
            """)
    var report: String?

    /// A recorder when a report was asked for and its folder is writable (exit 64 otherwise).
    func recorder(command: String) throws -> ReportRecorder? {
        guard let report else { return nil }
        try ReportFile.checkWritable(report, command: command)
        return ReportRecorder()
    }

    /// Writes the report; when no program ran, a report that says why.
    func write(
        _ recorder: ReportRecorder?, title: String, setup: AgentSetup, whyNoProgram: String?, command: String
    ) throws {
        guard let recorder, let report else { return }
        let ledger = ReportLedger.agent(setup.services, catalog: setup.catalog)
        if let (data, images) = recorder.lastReport(title: title, ledger: ledger) {
            return try ReportFile.write(data, images, to: report, command: command)
        }
        let nothing = ReportData(
            title: title, programName: "(no program)", source: "", mode: "browser", startedAt: recorder.startedAt,
            seconds: Date().timeIntervalSince(recorder.startedAt), succeeded: false,
            failure: .init(
                line: nil, column: nil, id: "run.no-program", message: whyNoProgram ?? "no program ran"),
            ledger: ledger)
        try ReportFile.write(nothing, ReportImages(), to: report, command: command)
    }
}

extension ReportLedger {
    /// The model's share: calls, tokens by kind, dollars and the backend.
    static func agent(_ services: Agent.Services, catalog: ModelCatalog) -> [ReportData.LedgerRow] {
        let total = services.ledger.total
        let usage = total.usage
        var rows: [ReportData.LedgerRow] = [
            .init("Model calls", "\(total.calls)"), .init("Input tokens", "\(usage.inputTokens)"),
            .init("Output tokens", "\(usage.outputTokens)"),
            .init("Cache writes", "\(usage.cacheCreationInputTokens)"),
            .init("Cache reads", "\(usage.cacheReadInputTokens)"),
            .init("AI dollars", catalog.cost(of: services.ledger).description),
        ]
        let backends = services.ledger.backends.map(\.description).joined(separator: ", ")
        if !backends.isEmpty { rows.append(.init("Model backend", backends)) }
        return rows
    }
}
