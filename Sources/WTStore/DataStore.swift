import Foundation

/// The one store API: workspaces and API keys, the task queue, programs by reuse key with every revision
/// kept, and result files. `SQLiteStore` (embedded, one folder) and `PostgresStore` (several servers on one
/// database) implement it and pass the same test suite.
///
/// Everything is scoped by workspace: asking for another workspace's task, program or file answers nil.
/// JSON fields are opaque text to the store; secrets must be scrubbed before they get here.
public protocol DataStore: Sendable {
    // MARK: Workspaces and keys

    /// Creates the workspace if it does not exist yet.
    func ensureWorkspace(_ workspace: String) async throws(DataStoreError)

    /// Adds an API key to `workspace` (created if needed). Only the key's SHA-256 and a short prefix are kept.
    @discardableResult
    func addAPIKey(_ key: String, workspace: String) async throws(DataStoreError) -> APIKeyInfo

    /// The workspace `key` belongs to, or nil for an unknown key.
    func workspace(forAPIKey key: String) async throws(DataStoreError) -> String?

    /// The keys of `workspace`, oldest first (prefixes only).
    func apiKeys(workspace: String) async throws(DataStoreError) -> [APIKeyInfo]

    // MARK: Tasks

    /// Queues a task as `pending`.
    @discardableResult
    func insertTask(_ task: NewTask) async throws(DataStoreError) -> TaskRecord

    /// Claims the oldest pending task for `worker`: it becomes `started`, `attempts` grows by one and its
    /// heartbeat is now. Each pending task is claimed by exactly one caller, across processes. Nil: nothing
    /// was claimable at that instant (under heavy contention PostgreSQL may say so while another claimer's
    /// row is being re-checked), so a worker polls again later rather than concluding the queue is empty.
    func claimNextTask(worker: String) async throws(DataStoreError) -> TaskRecord?

    /// Records that `worker` is still running task `id`, and tells it whether to go on.
    func heartbeat(taskId id: String, worker: String) async throws(DataStoreError) -> HeartbeatReply

    /// Completes task `id`, which `worker` must still hold; throws `.conflict` otherwise.
    func completeTask(_ id: String, worker: String, _ completion: TaskCompletion) async throws(DataStoreError)

    /// Marks task `id` canceled after its worker saw a cancel request; throws `.conflict` if not held.
    func finishCanceled(_ id: String, worker: String) async throws(DataStoreError)

    /// Puts task `id`, which `worker` must still hold, back in the queue as if it had not been claimed (a server
    /// shutting down before its run ended); throws `.conflict` otherwise.
    func releaseTask(_ id: String, worker: String) async throws(DataStoreError)

    /// Cancels a task: a pending one at once, a started one by a flag its worker polls. Nil: no such task
    /// in this workspace.
    func cancelTask(workspace: String, id: String) async throws(DataStoreError) -> CancelOutcome?

    /// The task, or nil when it does not exist in this workspace.
    func task(workspace: String, id: String) async throws(DataStoreError) -> TaskRecord?

    /// A page of the workspace's tasks, newest first by (createdAt, id), after `cursor` (nil: from the start); `limit` is
    /// held to 1…`TaskPage.maximumLimit`. A cursor no page handed out throws `.invalidCursor`.
    func listTasks(workspace: String, filter: TaskFilter, limit: Int, cursor: String?) async throws(DataStoreError)
        -> TaskPage

    /// Recovery after a crash. Tasks still `started` whose heartbeat is older than `olderThan` go back to
    /// `pending` the first time; a task abandoned a second time (attempts ≥ 2) is completed as failed with
    /// `error.code` `internal-error` and `details.reason` `abandoned`. One whose cancel was requested before its
    /// worker died ends `canceled`. Tasks claimed by a worker whose name starts with `sparing` are left alone:
    /// a process never takes its own live workers for dead ones (a heartbeat late because the machine is
    /// busy is not a crash), so it only recovers what other — possibly dead — processes left behind.
    func requeueAbandoned(olderThan: Duration, sparing: String?) async throws(DataStoreError) -> RecoveryReport

    /// How many tasks are pending, for the queue-depth metric.
    func pendingCount() async throws(DataStoreError) -> Int

    // MARK: Programs

    /// The latest revision of `key`, or nil.
    func currentProgram(workspace: String, key: String) async throws(DataStoreError) -> ProgramRevision?

    /// Saves `program` as the next revision if the latest one is still `expected` (nil: none);
    /// otherwise saves nothing and answers `.superseded`. Of two concurrent saves on one expected revision
    /// exactly one wins.
    func saveProgram(_ program: NewProgramRevision, workspace: String, key: String, expected: Int?)
        async throws(DataStoreError) -> ProgramSaveOutcome

    /// Every revision of `key`, oldest first.
    func programHistory(workspace: String, key: String) async throws(DataStoreError) -> [ProgramRevision]

    /// Revision `revision` of `key`, or nil.
    func programRevision(workspace: String, key: String, revision: Int) async throws(DataStoreError)
        -> ProgramRevision?

    /// The workspace's reuse keys that have a program, sorted.
    func programKeys(workspace: String) async throws(DataStoreError) -> [String]

    /// Runs `body` while no other run (in this process or another on the same database) holds `key`'s writer
    /// lock, waiting up to `timeout` for it; throws `.lockTimeout` after that.
    func exclusively<T: Sendable>(
        workspace: String, key: String, timeout: Duration, _ body: () async throws -> T
    ) async throws -> T

    // MARK: Files

    /// Stores a result file and answers its id (`file_…`).
    func putFile(workspace: String, contentType: String, bytes: Data) async throws(DataStoreError) -> String

    /// The file, or nil when it does not exist in this workspace.
    func file(workspace: String, id: String) async throws(DataStoreError) -> ResultFile?

    /// Releases connections; the store is unusable afterwards.
    func close() async
}
