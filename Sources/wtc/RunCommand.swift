import ArgumentParser
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

    @OptionGroup var reportOptions: ReportOptions

    func run() async throws {
        if let reuseKey, !ReuseKeys.isValid(reuseKey) {
            throw ValidationError("--reuse-key \(reuseKey): use 1 to 128 letters, digits, _ or -")
        }
        let setup = try AgentSetup(taskOptions, modelOptions, command: "run")
        let recorder = try reportOptions.recorder(command: "wtc run")
        var engine = Engine.Options(runDirectory: setup.runDirectory)
        engine.report = recorder
        var runner = LocalRun(store: try programs(), engine: engine, services: setup.services)
        runner.classifierModel = setup.catalog.modelID(for: "haiku")
        let report = await runner.run(LocalRun.Input(agent: setup.request, reuseKey: reuseKey, task: setup.input))
        setup.finish()
        try reportOptions.write(
            recorder, title: setup.input.task, setup: setup, whyNoProgram: report.error?.message, command: "wtc run")
        Console.out(report.resultObject.jsonText + "\n")
        if !report.succeeded { throw Exit.runFailed }
    }

    /// The local workspace's programs in the embedded store; a store that cannot be opened is unavailable.
    private func programs() throws -> WorkspacePrograms {
        do {
            return try WorkspacePrograms.embedded(in: dataDirectory)
        } catch {
            Console.error("wtc: error: \(error)\n")
            throw Exit.unavailable
        }
    }

    private var dataDirectory: URL {
        if let dataDir { return URL(fileURLWithPath: dataDir) }
        return FileManager.default.homeDirectoryForCurrentUser.appendingPathComponent(".wtc")
    }
}
