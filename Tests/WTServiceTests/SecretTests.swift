import CDP
import Foundation
import Synchronization
import Testing
import WTAgent
import WTEngine
import WTRuntime
import WTService
import WTTestSupport
import WTTrace

/// A whole exploration with a secret: the login sample's password reaches the model only as `{password}`,
/// is typed by the runtime, and is in no byte written or sent — model requests, trace, program, run
/// files, report, store.
@Suite(
    "Secrets", .serialized,
    .enabled(if: FileManager.default.isExecutableFile(atPath: LaunchOptions().resolvedExecutable)))
struct SecretTests {
    static let task = "Sign in as {username} and read the name and email on the account page"
    static let expected: JSONValue = .object([
        .init(
            "account",
            .array([.object([.init("name", .string("Demo User")), .init("email", .string("demo@example.test"))])])
        )
    ])

    static let parameters = [
        Agent.Request.Parameter(name: "username", value: .string("demo")),
        Agent.Request.Parameter(name: "password", value: .secret(SampleSites.demoPassword)),
    ]

    @Test("an exploration that signs in with a secret password compiles, and no file or request holds it")
    func exploration() async throws {
        let site = try SampleSites.server("login")
        try site.start()
        defer { site.stop() }
        try await AgentTestKit.withFolder("wtc-secret") { folder in
            var audit = SecretAudit(name: "password", value: SampleSites.demoPassword)
            let traces = folder.appendingPathComponent("trace")
            let request = Exploration.Request(
                agent: AgentTestKit.agent(Self.task, start: site.url("/login"), parameters: Self.parameters),
                engine: AgentTestKit.engine(folder), traceDirectory: traces)
            let outcome = try await withFakeModelServer(AgentScripts.login) { model in
                let outcome = await Exploration.explore(request, services: AgentTestKit.services(model))
                model.expectScriptPlayed()
                audit.search(model, label: "model")
                return outcome
            }
            #expect(outcome.result?.isSame(as: Self.expected) == true, "\(outcome.end)")
            #expect(outcome.whyNoProgram == nil, "\(outcome.whyNoProgram ?? "")")
            let program = try #require(outcome.program)
            #expect(program.contains("param password: secret"), "\(program)")
            try Self.expectTyped(site)
            audit.search(program, at: "program")
            audit.search(folder: folder)
            #expect(FileManager.default.fileExists(atPath: traces.appendingPathComponent("trace.json").path))
            #expect(audit.searched > AgentScripts.login.count + 2)
            #expect(audit.findings.isEmpty, "the password leaked into:\n\(audit.findings.joined(separator: "\n"))")
        }
    }

    /// The task as a user might write it, the password pasted into the text as well as given as a secret.
    static let carelessTask =
        "Sign in as {username} with the password \(SampleSites.demoPassword) and read the name and email on the "
        + "account page"

    @Test(
        "a local run with a secret (also pasted in the task) is screened and saved without it, and replays with no model"
    )
    func localRun() async throws {
        let site = try SampleSites.server("login")
        try site.start()
        defer { site.stop() }
        try await AgentTestKit.withFolder("wtc-secret-run") { folder in
            var audit = SecretAudit(name: "password", value: SampleSites.demoPassword)
            let store = try WorkspacePrograms.embedded(in: folder.appendingPathComponent("store"))
            let agent = AgentTestKit.agent(Self.carelessTask, start: site.url("/login"), parameters: Self.parameters)
            let task = TaskInput(
                task: Self.carelessTask, startURL: site.url("/login"),
                parameters: [.init("username", .string("demo")), .init("password", .string(SampleSites.demoPassword))],
                secrets: ["password"])
            let input = LocalRun.Input(agent: agent, reuseKey: "login", task: task)
            let screened = FakeModelTurn(.toolUse("classify", input: #"{"verdict": "ok", "reason": "a sign-in task"}"#))
            for (round, script) in [[screened] + AgentScripts.login, []].enumerated() {
                let report = try await withFakeModelServer(script) { model in
                    let services = AgentTestKit.services(model)
                    let lines = Mutex<[String]>([])
                    let watched = Agent.Services(
                        client: services.client, ledger: services.ledger, cost: services.cost,
                        progress: { line in lines.withLock { $0.append(line) } })
                    var run = LocalRun(store: store, engine: AgentTestKit.engine(folder), services: watched)
                    run.classifierModel = AgentTestKit.model
                    let report = await run.run(input)
                    model.expectScriptPlayed()
                    audit.search(lines.withLock { $0 }.joined(separator: "\n"), at: "run \(round + 1) progress")
                    audit.search(services.ledger.notes.joined(separator: "\n"), at: "run \(round + 1) ledger notes")
                    audit.search(model, label: "run \(round + 1) model")
                    return report
                }
                #expect(report.succeeded, "\(report.error?.message ?? "")")
                #expect(report.result?.isSame(as: Self.expected) == true)
                #expect(report.reuse.used == (round == 1) && report.reuse.created == (round == 0))
                audit.search(report, label: "run \(round + 1)")
            }
            try Self.expectTyped(site)
            let saved = try #require(try await store.current(key: "login"))
            #expect(saved.revision == 1 && saved.source.contains("param password: secret"))
            audit.search(folder: folder)
            #expect(audit.findings.isEmpty, "the password leaked into:\n\(audit.findings.joined(separator: "\n"))")
        }
    }

    /// The runtime typed the real password: the site received it (form-encoded, which the audit must
    /// recognise, or it could not find a leak either) and let the agent in.
    static func expectTyped(_ site: LoopbackServer) throws {
        let post = try #require(site.requests.first { $0.method == "POST" && $0.path == "/login" })
        var control = SecretAudit(name: "password", value: SampleSites.demoPassword)
        control.search([UInt8](post.body), at: "the sign-in form")
        #expect(control.findings.count == 1)
        #expect(AgentTestKit.paths(site).contains("/account"))
    }
}
