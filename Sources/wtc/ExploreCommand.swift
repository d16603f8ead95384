import ArgumentParser
import Foundation
import WTAgent
import WTEngine
import WTService
import WTTrace

/// `wtc explore "task" --start-url URL …`: one exploration by the agent; prints the result and writes the
/// verified program.
struct ExploreCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explore",
        abstract: "Let the AI agent do a task once in Chromium and compile what it did into a verified program.",
        discussion: """
            The agent's steps go to stderr, one line each (tool, target, tokens and dollars so far). The result \
            goes to stdout as JSON; the program, replayed from a clean start and returning the same result, is \
            written to -o. Exit 0 with a verified program, 64 usage, 69 browser or model unavailable, 70 when \
            the agent failed or no program reproduced its result (the result is still printed when there is one).
            """)

    @OptionGroup var taskOptions: TaskOptions
    @OptionGroup var modelOptions: ModelOptions

    @Option(name: .shortAndLong, help: "Where to write the verified program.")
    var output: String?

    @Option(name: .long, help: "Keep the agent's trace (trace.json and snapshots) in this folder.")
    var trace: String?

    @OptionGroup var reportOptions: ReportOptions

    func run() async throws {
        let setup = try AgentSetup(taskOptions, modelOptions, command: "explore")
        let recorder = try reportOptions.recorder(command: "wtc explore")
        var engine = Engine.Options(runDirectory: setup.runDirectory)
        engine.report = recorder
        let outcome = await Exploration.explore(
            Exploration.Request(
                agent: setup.request, engine: engine, traceDirectory: trace.map { URL(fileURLWithPath: $0) }),
            services: setup.services)
        setup.finish()
        try reportOptions.write(
            recorder, title: setup.input.task, setup: setup,
            whyNoProgram: outcome.whyNoProgram ?? LedgerText.describe(outcome.end), command: "wtc explore")
        if let result = outcome.result { Console.out(result.jsonText + "\n") }
        guard let program = outcome.program else {
            Console.error("wtc explore: no program kept: \(outcome.whyNoProgram ?? LedgerText.describe(outcome.end))\n")
            throw Exit.runFailed
        }
        if let output {
            try Data(program.utf8).write(to: URL(fileURLWithPath: output))
            Console.error("wtc explore: verified program written to \(output)\n")
        } else {
            Console.error("wtc explore: verified program (pass -o FILE to write it):\n\(program)")
        }
    }
}
