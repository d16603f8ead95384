import Foundation
import WTAgent
import WTDiagnostics
import WTEngine
import WTStore
import WTTrace

/// The Web Tasks execution model behind the API: `start` queues a task in the data store; a worker
/// (`WorkerPool`) claims it and `run` carries it out the way `wtc run` does (`LocalRun`) on the programs of
/// the task's workspace, then hands back what the store keeps for the completed task.
public struct WebTaskService: Sendable {
    public struct Configuration: Sendable {
        public var catalog: ModelCatalog
        /// The model client for a task: the configured backend, or a recorded conversation (the demo).
        public var client: @Sendable (TaskInput) throws(ModelError) -> any ModelClient
        /// How pages are reached; each run gets its own folder under `runsDirectory` (removed afterwards).
        public var engine: Engine.Options
        public var runsDirectory: URL
        /// Results larger than this many bytes of JSON are kept as a file (spec: 1 MiB by default).
        public var inlineLimit = 1 << 20
        /// The largest downloaded file a result may hold, in bytes (100 MiB by default); a larger one fails
        /// the run (`internal-error`, reason `file-too-large`).
        public var fileLimit = 100 << 20
        /// How long a run waits for another one exploring or repairing the same key.
        public var writerWait: Duration = .seconds(900)
        /// Whether each task keeps a run report (its last program run's steps, for the console), and whether
        /// browser runs take a picture after every action for it.
        public var keepsReports = true
        public var stepPictures = true

        public init(
            catalog: ModelCatalog, client: @escaping @Sendable (TaskInput) throws(ModelError) -> any ModelClient,
            engine: Engine.Options, runsDirectory: URL
        ) {
            self.catalog = catalog
            self.client = client
            self.engine = engine
            self.runsDirectory = runsDirectory
        }
    }

    public let store: any DataStore
    public let configuration: Configuration
    public let vault: SecretVault

    public init(store: any DataStore, configuration: Configuration, vault: SecretVault = SecretVault()) {
        self.store = store
        self.configuration = configuration
        self.vault = vault
    }

    /// Queues `input` for `workspace` as a `pending` task: a `wt_` id, the reuse key given or a new `wtr_` one,
    /// the input stored with secret values masked (their values wait in memory for the run).
    public func start(workspace: String, input: TaskInput) async throws(DataStoreError) -> TaskRecord {
        var input = input
        let id = WebTaskIDs.task()
        input.reuseKey = input.reuseKey ?? WebTaskIDs.reuseKey()
        let secrets = Set(input.secrets)
        await vault.keep(
            Dictionary(input.parameters.filter { secrets.contains($0.key) }.map { ($0.key, $0.value) }) { $1 },
            for: id)
        return try await store.insertTask(
            NewTask(id: id, workspace: workspace, reuseKey: input.reuseKey, input: input.json.jsonText))
    }

    /// Runs a claimed task to its end; never throws: every failure is a completed task with its error.
    public func run(_ task: TaskRecord) async -> TaskCompletion {
        let input: TaskInput
        switch await restoredInput(task) {
        case .success(let restored): input = restored
        case .failure(let error): return TaskCompletion(outcome: .failed, error: error.json.jsonText)
        }
        let runDirectory = configuration.runsDirectory.appendingPathComponent(task.id)
        defer { try? FileManager.default.removeItem(at: runDirectory) }
        var engine = configuration.engine
        engine.runDirectory = runDirectory
        let recorder = configuration.keepsReports ? ReportRecorder(takesPictures: configuration.stepPictures) : nil
        engine.report = recorder
        let client: any ModelClient
        do {
            client = try configuration.client(input)
        } catch {
            client = UnavailableModelClient(error: error)
        }
        let services = TaskSetup.services(
            input, client: SecretScrubbingClient(client, scrubber: SecretScrubber(input)),
            catalog: configuration.catalog)
        var runner = LocalRun(
            store: WorkspacePrograms(store: store, workspace: task.workspace), engine: engine, services: services)
        runner.classifierModel = configuration.catalog.modelID(for: "haiku")
        runner.writerWait = configuration.writerWait
        let files = ResultFiles(runDirectory: runDirectory, sizeLimit: configuration.fileLimit)
        runner.resultCheck = { files.check($0) }
        let report = await runner.run(
            LocalRun.Input(
                agent: TaskSetup.request(input, catalog: configuration.catalog), reuseKey: task.reuseKey, task: input,
                webTaskID: task.id))
        var completion = await completion(report, workspace: task.workspace, files: files)
        if let recorder {
            completion.reportFile = await TaskReports.keep(
                recorder, of: report, input: input, workspace: task.workspace, in: store)
        }
        return completion
    }

    /// The stored input with the secrets' values put back from the vault.
    private func restoredInput(_ task: TaskRecord) async -> Result<TaskInput, RunError> {
        guard let body = try? PositionedJSON.parse(Array(task.input.utf8)),
            case .success(var input) = TaskInput.decode(JSONValue(body))
        else {
            return .failure(
                RunError(code: "internal-error", reason: "input-unreadable", message: ServiceMessages.inputUnreadable))
        }
        guard !input.secrets.isEmpty else { return .success(input) }
        guard let values = await vault.take(for: task.id) else {
            return .failure(
                RunError(
                    code: "internal-error", reason: "secrets-unavailable", message: ServiceMessages.secretsUnavailable))
        }
        input.parameters = input.parameters.map { member in
            values[member.key].map { JSONValue.Member(member.key, $0) } ?? member
        }
        return .success(input)
    }

    /// What the store keeps: the result with its downloaded files stored (`StoredFileReference`s in their
    /// place), inline or as a file above the inline limit, and the rest as JSON text.
    private func completion(_ report: RunReport, workspace: String, files: ResultFiles) async -> TaskCompletion {
        var completion = TaskCompletion(
            outcome: report.succeeded ? .success : .failed, error: report.errorJSON?.jsonText,
            reuse: report.reuseJSON.jsonText, cost: report.costJSON.jsonText, ledger: report.ledgerJSON.jsonText,
            reuseKey: report.reuse.key)
        guard let result = report.result else { return completion }
        let text: String
        switch await files.store(result, workspace: workspace, in: store) {
        case .success(let kept): text = kept.jsonText
        case .failure(let error): return Self.failed(completion, error)
        }
        guard text.utf8.count > configuration.inlineLimit else {
            completion.result = text
            return completion
        }
        do {
            completion.resultFile = try await store.putFile(
                workspace: workspace, contentType: "application/json", bytes: Data(text.utf8))
        } catch {
            return Self.failed(completion, RunError(code: "internal-error", reason: "store", message: "\(error)"))
        }
        return completion
    }

    /// `completion` failed with `error` after the run, its result dropped; its reuse, cost and ledger stay.
    private static func failed(_ completion: TaskCompletion, _ error: RunError) -> TaskCompletion {
        var failed = completion
        failed.outcome = .failed
        failed.error = error.json.jsonText
        failed.result = nil
        failed.resultFile = nil
        return failed
    }
}

extension RunError {
    /// The spec's `error` object.
    var json: JSONValue {
        var fields: [JSONValue.Member] = [.init("code", .string(code)), .init("message", .string(message))]
        if let reason { fields.append(.init("details", .object([.init("reason", .string(reason))]))) }
        return .object(fields)
    }
}

/// A model client that could not be made (no API key, say): replays need none, so a task only fails when it
/// has to explore or repair, with the configuration's own message.
struct UnavailableModelClient: ModelClient {
    let error: ModelError

    func send(_ request: ModelRequest) async throws(ModelError) -> ModelResponse { throw error }
}
