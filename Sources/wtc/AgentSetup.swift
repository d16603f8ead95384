import CDP
import Foundation
import WTAgent
import WTService

/// What `wtc explore` and `wtc run` both start from: the checked task, the model catalog, the agent's
/// request and services, and a run folder removed when the command ends. Browsers started for it die with
/// `wtc` (Ctrl-C included).
struct AgentSetup {
    let input: TaskInput
    let catalog: ModelCatalog
    let request: Agent.Request
    let services: Agent.Services
    let runDirectory: URL

    init(_ task: TaskOptions, _ model: ModelOptions, command: String) throws {
        input = try task.checked()
        catalog = try model.catalog()
        request = TaskSetup.request(input, catalog: catalog)
        services = try model.services(for: input, catalog: catalog)
        runDirectory = FileManager.default.temporaryDirectory.appendingPathComponent("wtc-\(command)-\(UUID())")
        BrowserProcess.terminateAllOnSignal()
    }

    /// The ledger line on stderr, and the run folder removed.
    func finish() {
        try? FileManager.default.removeItem(at: runDirectory)
        Console.error(LedgerText.summary(services, catalog: catalog))
    }
}
