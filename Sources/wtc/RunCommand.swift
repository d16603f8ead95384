import ArgumentParser
import CDP
import Foundation
import WTAgent
import WTEngine
import WTService
import WTTrace

/// `wtc run "task" --start-url URL …`: the Web Tasks execution model on this machine — replay the program
/// saved under the reuse key, or explore when there is none (or it failed), verify, save, return.
struct RunCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run a task the way the Web Tasks service does: replay its saved program, or let the agent explore.",
        discussion: """
            Prints the run's result object as JSON on stdout (result, reuse, cost, ledger, error) and the agent's \
            steps on stderr. The second run on a key replays the saved program: no model call, $0 AI. A failed \
            run never changes the saved program. Exit 0 on success, 64 usage, 69 browser or model unavailable, \
            70 when the run failed.
            """)

    @OptionGroup var taskOptions: TaskOptions
    @OptionGroup var modelOptions: ModelOptions

    @Option(name: .long, help: "The reuse key (default: a new wtr_… key, printed in the result).")
    var reuseKey: String?

    @Option(name: .long, help: "Where programs are kept (default ~/.wtc).")
    var dataDir: String?

    func run() async throws {
        if let reuseKey, !FolderProgramStore.isValidKey(reuseKey) {
            throw ValidationError("--reuse-key \(reuseKey): use 1 to 128 letters, digits, _ or -")
        }
        let input = try taskOptions.checked()
        let catalog = try modelOptions.catalog()
        let request = TaskSetup.request(input, catalog: catalog)
        let services = try modelOptions.services(for: input, catalog: catalog)
        BrowserProcess.terminateAllOnSignal()
        let runDirectory = FileManager.default.temporaryDirectory.appendingPathComponent("wtc-run-\(UUID())")
        let store = FolderProgramStore(directory: dataDirectory)
        var runner = LocalRun(store: store, engine: Engine.Options(runDirectory: runDirectory), services: services)
        runner.classifierModel = catalog.modelID(for: "haiku")
        let report = await runner.run(LocalRun.Input(agent: request, reuseKey: reuseKey, task: input))
        try? FileManager.default.removeItem(at: runDirectory)
        Console.error(LedgerText.summary(services, catalog: catalog))
        Console.out(RunReportJSON.json(report).jsonText + "\n")
        if !report.succeeded { throw Exit.runFailed }
    }

    private var dataDirectory: URL {
        if let dataDir { return URL(fileURLWithPath: dataDir) }
        return FileManager.default.homeDirectoryForCurrentUser.appendingPathComponent(".wtc")
    }
}
