import WTEngine
import WTRuntime
import WTTrace

/// The agent's entry point: one task, one page, one conversation. The caller owns the browser and the trace
/// recorder (`WTService`'s exploration wires them), so the same driver stack a program runs on records
/// what the agent does.
public enum Agent {
    /// A task as the agent receives it.
    public struct Request: Sendable {
        public var task: String
        public var startURL: String
        /// In the order the user gave them; secrets as `.secret`.
        public var parameters: [Parameter]
        public var outputSchema: JSONValue?
        public var model: String
        public var budget: AgentBudget
        /// The addresses `navigate` (and the start page) may open: the same guard a program's `open` obeys.
        public var navigationGuard: NavigationGuard = .standard

        public struct Parameter: Sendable, Hashable {
            public var name: String
            public var value: Value

            public init(name: String, value: Value) {
                self.name = name
                self.value = value
            }
        }

        public init(
            task: String, startURL: String, parameters: [Parameter] = [], outputSchema: JSONValue? = nil,
            model: String, budget: AgentBudget = AgentBudget()
        ) {
            self.task = task
            self.startURL = startURL
            self.parameters = parameters
            self.outputSchema = outputSchema
            self.model = model
            self.budget = budget
        }
    }

    /// What the model is reached through and how a run is watched.
    public struct Services: Sendable {
        public var client: any ModelClient
        public var ledger: UsageLedger
        /// AI dollars of a ledger; nil when a model's price is unknown.
        public var cost: @Sendable (UsageLedger) -> Double?
        /// Checks a result against the output schema; each problem names a JSON path.
        public var validate: @Sendable (JSONValue) -> [String]
        /// One line per agent step (stderr in the CLI).
        public var progress: @Sendable (String) -> Void

        public init(
            client: any ModelClient, ledger: UsageLedger, cost: @escaping @Sendable (UsageLedger) -> Double?,
            validate: @escaping @Sendable (JSONValue) -> [String] = { _ in [] },
            progress: @escaping @Sendable (String) -> Void = { _ in }
        ) {
            self.client = client
            self.ledger = ledger
            self.cost = cost
            self.validate = validate
            self.progress = progress
        }
    }

    /// How a run went: its end, and what the compiler needs from it.
    public struct Report: Sendable {
        public var end: AgentEnd
        /// The outputs the extractions declared, with their `.wt` types.
        public var outputs: [TraceOutput]
        /// The extracted outputs as one object (what a compiled program must return).
        public var extracted: JSONValue
        /// Tool calls made (steps run by the agent).
        public var toolCalls: Int
        /// When the model handed the page back to the program (`resume_program`): how many trace steps had
        /// been recorded then. The agent's own steps end there.
        public var resumedAtStep: Int?
    }

    /// Opens the start page on `driver` and lets the model work until it finishes, gives up or runs out of
    /// budget. `driver` must be `recorder.recording(…)` of a browser driver.
    public static func run(
        _ request: Request, driver: any PageDriver, recorder: TraceRecorder, services: Services
    ) async -> Report {
        var session = session(request, driver: driver, recorder: recorder, services: services)
        let end: AgentEnd
        do {
            let page = try await session.start(at: request.startURL)
            let first = AgentPrompt.task(
                request.task, startURL: request.startURL, parameters: request.parameters.map { ($0.name, $0.value) },
                outputSchema: request.outputSchema, firstPage: page)
            // The task text too: a user may paste a secret's value into it as well as give it as a secret.
            end = await loop(request, services).run(session.scrub(first), session: &session)
        } catch {
            end = .startFailed(error.message)
        }
        return report(end, session)
    }

    /// Where a repair takes over: the saved program, its failure, and what its steps before the failing one
    /// already read.
    public struct Resumption: Sendable {
        public var program: String
        /// The failing step's diagnostic, as printed.
        public var failure: String
        public var kept: [KeptOutput]
        /// Lets the model mend the program's remaining steps and hand the page back to them; nil when they
        /// cannot run on their own (the model then does the rest with the tools).
        public var hooks: (any ProgramHooks)?

        public struct KeptOutput: Sendable {
            public var name: String
            public var value: Value
            /// The output's `.wt` type.
            public var type: String

            public init(name: String, value: Value, type: String) {
                self.name = name
                self.value = value
                self.type = type
            }
        }

        public init(program: String, failure: String, kept: [KeptOutput], hooks: (any ProgramHooks)? = nil) {
            self.program = program
            self.failure = failure
            self.kept = kept
            self.hooks = hooks
        }
    }

    /// Continues a saved program that failed: the page is where the program's steps before the failing one
    /// left it (on `driver`), and the model does the rest of the task from there.
    public static func resume(
        _ request: Request, from resumption: Resumption, driver: any PageDriver, recorder: TraceRecorder,
        services: Services
    ) async -> Report {
        var session = session(request, driver: driver, recorder: recorder, services: services)
        session.hooks = resumption.hooks
        for output in resumption.kept {
            session.extractions.seed(.init(output: output.name, value: output.value, type: output.type))
        }
        let end: AgentEnd
        do {
            let page = try await session.observe(full: true)
            let first = AgentPrompt.repair(
                request.task, resumption: resumption, parameters: request.parameters.map { ($0.name, $0.value) },
                outputSchema: request.outputSchema, page: page)
            // The task text too: a user may paste a secret's value into it as well as give it as a secret.
            end = await loop(request, services, repairing: resumption.hooks != nil)
                .run(session.scrub(first), session: &session)
        } catch {
            end = .startFailed(error.message)
        }
        return report(end, session)
    }

    private static func session(
        _ request: Request, driver: any PageDriver, recorder: TraceRecorder, services: Services
    ) -> AgentSession {
        var values: [String: Value] = [:]
        for parameter in request.parameters { values[parameter.name] = parameter.value }
        return AgentSession(
            AgentSession.Setup(
                driver: driver, recorder: recorder, parameters: values, navigationGuard: request.navigationGuard,
                validate: services.validate))
    }

    private static func loop(_ request: Request, _ services: Services, repairing: Bool = false) -> AgentLoop {
        AgentLoop(
            client: services.client, model: request.model, budget: request.budget, ledger: services.ledger,
            cost: services.cost, progress: services.progress,
            tools: repairing ? AgentTools.all + AgentTools.repair : AgentTools.all)
    }

    private static func report(_ end: AgentEnd, _ session: AgentSession) -> Report {
        Report(
            end: end, outputs: session.extractions.declarations, extracted: session.extractedResult,
            toolCalls: session.calls, resumedAtStep: session.resumedAtStep)
    }
}
