import Foundation
import WTAgent
import WTEngine
import WTRuntime
import WTTrace

/// The Web Tasks execution model on one machine (`wtc run`): load the key's program → replay it, or
/// explore when there is none (or it failed) → verify → save → return. A failed run never changes the
/// saved program; at most one run per key explores at a time, and a save is a compare-and-swap on the
/// revision the run started from.
public struct LocalRun: Sendable {
    public struct Input: Sendable {
        public var agent: Agent.Request
        public var reuseKey: String?
        /// The task as given, for the checks before anything starts; nil skips them (a caller that checked).
        public var task: TaskInput?
        /// The run's `wt_…` id when the caller minted it (the service, which stored the task first).
        public var webTaskID: String?

        public init(agent: Agent.Request, reuseKey: String? = nil, task: TaskInput? = nil, webTaskID: String? = nil) {
            self.agent = agent
            self.reuseKey = reuseKey
            self.task = task
            self.webTaskID = webTaskID
        }
    }

    public var store: any ProgramStore
    public var engine: Engine.Options
    public var services: Agent.Services
    /// The model that screens a task before the agent explores it (the smallest); nil screens nothing.
    public var classifierModel: String?
    /// How long a run waits for another run exploring the same key.
    public var writerWait: Duration = .seconds(900)
    /// A last check of a result before it counts (and before its program is saved): the service's, that the
    /// result's downloaded files can be kept. A problem fails the run; nil checks nothing.
    public var resultCheck: (@Sendable (JSONValue) -> RunError?)?

    public init(store: any ProgramStore, engine: Engine.Options, services: Agent.Services) {
        self.store = store
        self.engine = engine
        self.services = services
    }

    public func run(_ input: Input) async -> RunReport {
        var input = input
        // The agent obeys the same navigation rule as the programs it writes.
        input.agent.navigationGuard = engine.navigationGuard
        let started = ContinuousClock.now
        let id = input.webTaskID ?? WebTaskIDs.task()
        let key = input.reuseKey ?? WebTaskIDs.reuseKey()
        var report = RunReport(
            webTaskID: id, succeeded: false, result: nil, error: nil,
            reuse: .init(key: key, used: false, created: false, updated: false), aiUsd: 0, computeSeconds: 0,
            ledger: RunLedger())
        do {
            try await execute(input, key: key, into: &report)
        } catch {
            report.error = RunError(code: "internal-error", reason: nil, message: "\(error)")
        }
        finishLedger(&report, since: started)
        return report
    }

    private func execute(_ input: Input, key: String, into report: inout RunReport) async throws {
        let precheck = TaskPrecheck(navigationGuard: engine.navigationGuard)
        if let task = input.task, case let problems = precheck.check(task), !problems.isEmpty {
            report.error = RunError(
                code: "rejected", reason: "invalid-input", message: problems.map(\.description).joined(separator: "\n"))
            return
        }
        let parameters = Exploration.replayParameters(input.agent)
        let first = try await store.current(key: key)
        var failure: Why?
        if let first {
            failure = await replay(first, parameters, into: &report)
            if failure == nil { return }
        }
        report.ledger.whyNotUsed = report.ledger.whyNotUsed ?? ServiceMessages.noProgram
        let sofar = report
        report = try await store.exclusively(key: key, timeout: writerWait) {
            try await asWriter(input, key: key, started: first, failed: failure, report: sofar)
        }
    }

    /// The part of a run that may change the key, alone on it: replay a revision another run saved while this
    /// one waited, or screen the task and explore (repair the revision that failed, `failed` saying how).
    private func asWriter(
        _ input: Input, key: String, started first: SavedProgram?, failed: Why?, report: RunReport
    ) async throws -> RunReport {
        var report = report
        var failure = failed
        let now = try await store.current(key: key)
        if let now, now.revision != first?.revision {
            failure = await replay(now, Exploration.replayParameters(input.agent), into: &report)
            if failure == nil { return report }
        }
        if let rejection = try await screen(input) {
            report.error = rejection
            return report
        }
        let broken = now.flatMap { saved in failure.map { (saved, $0) } }
        try await explore(input, key: key, expected: now?.revision, repairing: broken, into: &report)
        return report
    }

    /// Replays `saved`; nil (and the report filled) when it returned a result the schema accepts, else why not.
    private func replay(_ saved: SavedProgram, _ parameters: [String: Value], into report: inout RunReport)
        async -> Why?
    {
        let clock = ContinuousClock.now
        let outcome = await ProgramReplay.run(saved.source, parameters: parameters, options: engine)
        report.computeSeconds += clock.secondsAgo
        switch outcome {
        case .failure(let why):
            report.ledger.whyNotUsed = ServiceMessages.programFailed(saved.revision, why.description)
            return why
        case .success(let replayed):
            let problems = services.validate(replayed.result)
            guard problems.isEmpty else {
                report.ledger.whyNotUsed = ServiceMessages.contractFailed(problems)
                return Why(ServiceMessages.contractFailed(problems))
            }
            report.ledger.programUsed = true
            report.ledger.whyNotUsed = nil
            report.ledger.stepsAsCode += replayed.steps
            report.reuse.used = true
            report.reuse.revisionID = saved.savedBy
            report.reuse.revisionTimestamp = saved.savedAt
            // The program worked; a result that cannot be kept fails the run without exploring again.
            if let problem = resultCheck?(replayed.result) {
                report.error = problem
                return nil
            }
            report.succeeded = true
            report.result = replayed.result
            return nil
        }
    }

    /// Explores the task (or repairs the saved program that failed) and saves the verified program as the
    /// key's next revision if `expected` is still the latest.
    private func explore(
        _ input: Input, key: String, expected: Int?, repairing broken: (SavedProgram, Why)?,
        into report: inout RunReport
    ) async throws {
        let exploration =
            if let (saved, why) = broken {
                await Repair.repair(
                    Repair.Request(agent: input.agent, program: saved.source, failure: why, engine: engine),
                    services: services)
            } else {
                await Exploration.explore(Exploration.Request(agent: input.agent, engine: engine), services: services)
            }
        report.computeSeconds += exploration.computeSeconds
        report.ledger.stepsByAgent += exploration.toolCalls
        guard let result = exploration.result else {
            report.error = Self.error(for: exploration.end)
            return
        }
        if let problem = resultCheck?(result) {
            report.error = problem
            report.ledger.whyNotSaved = problem.message
            return
        }
        report.succeeded = true
        report.result = result
        guard let program = exploration.program else {
            report.ledger.whyNotSaved = exploration.whyNoProgram
            return
        }
        let reason: SaveReason = expected == nil ? .created : .repaired
        let revision = NewRevision(source: program, savedBy: report.webTaskID, reason: reason)
        switch try await store.save(revision, key: key, expected: expected) {
        case .saved(let saved):
            report.reuse.created = saved.revision == 1
            report.reuse.updated = true
            report.reuse.revisionID = saved.savedBy
            report.reuse.revisionTimestamp = saved.savedAt
        case .superseded(let current):
            report.ledger.whyNotSaved = ServiceMessages.superseded(current.revision, current.savedBy)
            report.reuse.revisionID = current.savedBy
            report.reuse.revisionTimestamp = current.savedAt
        }
    }

    /// The check before the agent starts (the input was checked when the run began): one classification
    /// call. A rejection is the run's error; a classifier without a usable verdict lets the task go on (noted
    /// in the ledger). A replay of a saved program calls no model, so only a run that needs the agent pays it.
    private func screen(_ input: Input) async throws -> RunError? {
        guard let task = input.task, let model = classifierModel else { return nil }
        let screening = TaskScreening(
            precheck: TaskPrecheck(navigationGuard: engine.navigationGuard),
            classifier: TaskClassifier(client: services.client, model: model, ledger: services.ledger))
        do {
            switch try await screening.screen(task) {
            case .accepted: return nil
            case .rejected(let rejection):
                return RunError(code: "rejected", reason: rejection.category.rawValue, message: rejection.reason)
            case .invalid(let problems):
                return RunError(
                    code: "rejected", reason: "invalid-input",
                    message: problems.map(\.description).joined(separator: "\n"))
            }
        } catch {
            return RunError(code: "internal-error", reason: "ai-unavailable", message: error.message)
        }
    }

    private func finishLedger(_ report: inout RunReport, since started: ContinuousClock.Instant) {
        let ledger = services.ledger
        report.aiUsd = services.cost(ledger) ?? 0
        report.ledger.modelCalls = ledger.total.calls
        let backends = ledger.backends.map(\.description)
        report.ledger.backend = backends.isEmpty ? nil : backends.joined(separator: ", ")
        for (model, entry) in ledger.byModel {
            let u = entry.usage
            report.ledger.models[model] = RunLedger.ModelTokens(
                calls: entry.calls, input: u.inputTokens, output: u.outputTokens,
                cacheWrite: u.cacheCreationInputTokens,
                cacheRead: u.cacheReadInputTokens)
        }
        if !report.succeeded { report.reuse.updated = false }
    }

    /// The spec's error for an agent that did not finish.
    static func error(for end: AgentEnd) -> RunError {
        switch end {
        case .finished: RunError(code: "internal-error", reason: nil, message: ServiceMessages.agentDidNotFinish)
        case .gaveUp(let why): RunError(code: "internal-error", reason: "gave-up", message: why)
        case .budgetExceeded(let limit, let why):
            RunError(code: limit == .aiUsd ? "no-ai-credits-left" : "timeout", reason: "budget-exceeded", message: why)
        case .modelFailed(let error): RunError(code: "internal-error", reason: "ai-unavailable", message: error.message)
        case .startFailed(let why): RunError(code: "internal-error", reason: "start-failed", message: why)
        }
    }

}
