import Foundation
import Logging
import WTEngine
import WTStore

/// N workers sharing the data store's queue: each claims the oldest pending task, runs it while telling the
/// store it is alive, and completes it. Several processes (machines) may run pools on one PostgreSQL store:
/// the store's claim hands each task to exactly one worker.
///
/// - Cancel: a heartbeat that says a cancel was requested stops the run (`finishCanceled`).
/// - A task the store says is no longer ours (requeued after a stall, finished elsewhere) is dropped.
/// - Shutdown (the pool's task cancelled): no new claims; a running task gets `shutdownGrace` to finish,
///   then its run is stopped and the task goes back to the queue (`releaseTask`), so it is never lost.
/// - On start, tasks left `started` by a process that died are requeued once, then failed
///   (`DataStore.requeueAbandoned`), and again every `abandonAfter`; a pool never recovers its own workers'
///   tasks (they are alive, however late their heartbeat), only those of other processes.
public struct WorkerPool: Sendable {
    public var service: WebTaskService
    public var workers: Int
    /// This process's name in `claimedBy` (host and pid by default).
    public var name: String
    public var pollInterval: Duration = .milliseconds(250)
    /// A started task whose heartbeat is older than this counts as abandoned; workers beat four times as
    /// often (at most every 5 s), so a live worker's task is never taken for a dead one's.
    public var abandonAfter: Duration = .seconds(60)
    public var heartbeatInterval: Duration { min(.seconds(5), abandonAfter / 4) }
    public var shutdownGrace: Duration = .seconds(30)
    public var logger = Logger(label: "wtc.workers")
    /// Whether the workers' browser runs share one browser, a fresh context each (`SharedBrowser`), rather
    /// than launching one per run. Sharing saves the launch; a browser per run means one run's crash or
    /// leak never touches another. Ignored when the service's engine options already carry a shared browser.
    public var sharesBrowser = true
    /// Told about every finished task (metrics).
    public var onFinished: @Sendable (TaskRecord, TaskCompletion?, Duration) -> Void = { _, _, _ in }

    public init(service: WebTaskService, workers: Int, name: String = WorkerPool.processName) {
        self.service = service
        self.workers = max(1, workers)
        self.name = name
    }

    /// Host, pid and a token drawn once per process: a restarted server can get the dead one's pid (pid 1
    /// in a container), and recovery spares its own claims by this name, so the name must not repeat.
    public static let processName: String = {
        let token = String(UInt32.random(in: 0...UInt32.max), radix: 36)
        return "\(ProcessInfo.processInfo.hostName)-\(ProcessInfo.processInfo.processIdentifier)-\(token)"
    }()

    /// Runs until the calling task is cancelled, then drains as described above. With `sharesBrowser`, the
    /// workers' shared browser starts with the first browser run and is closed once the pool has drained.
    public func run() async {
        guard sharesBrowser, service.configuration.engine.sharedBrowser == nil else { return await runWorkers() }
        let engine = service.configuration.engine
        let shared = SharedBrowser(options: engine.browser, browserURL: engine.browserURL) { [logger] message in
            logger.info("\(message)")
        }
        var configuration = service.configuration
        configuration.engine.sharedBrowser = shared
        var pool = self
        pool.service = WebTaskService(store: service.store, configuration: configuration, vault: service.vault)
        await pool.runWorkers()
        await shared.close()
    }

    private func runWorkers() async {
        await recover()
        await withTaskGroup(of: Void.self) { group in
            for index in 0..<workers { group.addTask { await work(as: "\(name)/\(index)") } }
            group.addTask { await recoverPeriodically() }
        }
    }

    private var store: any DataStore { service.store }

    private func recover() async {
        do {
            let report = try await store.requeueAbandoned(olderThan: abandonAfter, sparing: "\(name)/")
            if !report.requeued.isEmpty || !report.failed.isEmpty {
                logger.warning(
                    "recovered abandoned tasks",
                    metadata: ["requeued": "\(report.requeued)", "failed": "\(report.failed)"])
            }
        } catch {
            logger.error("recovery failed: \(error)")
        }
    }

    private func recoverPeriodically() async {
        while !Task.isCancelled {
            try? await Task.sleep(for: abandonAfter)
            guard !Task.isCancelled else { return }
            await recover()
        }
    }

    /// One worker's loop: claim, run, complete; poll while the queue is empty.
    private func work(as worker: String) async {
        while !Task.isCancelled {
            let claimed: TaskRecord?
            do {
                claimed = try await store.claimNextTask(worker: worker)
            } catch {
                logger.error("claim failed: \(error)")
                claimed = nil
            }
            guard let task = claimed else {
                try? await Task.sleep(for: pollInterval)
                continue
            }
            await execute(task, worker: worker)
        }
    }
}
