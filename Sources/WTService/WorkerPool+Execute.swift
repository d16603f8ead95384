import Foundation
import WTStore

extension WorkerPool {
    /// How a claimed task's run ended, as far as the worker is concerned.
    enum Ending: Sendable {
        case finished(TaskCompletion)
        case cancelRequested
        case lost
        case shutdown
    }

    /// Runs `task` beside its heartbeat and records how it ended.
    func execute(_ task: TaskRecord, worker: String) async {
        let started = ContinuousClock.now
        let ending = await race(task, worker: worker)
        var completion: TaskCompletion?
        do {
            switch ending {
            case .finished(let done):
                completion = done
                try await service.store.completeTask(task.id, worker: worker, done)
            case .cancelRequested: try await service.store.finishCanceled(task.id, worker: worker)
            case .shutdown: try await service.store.releaseTask(task.id, worker: worker)
            case .lost: logger.warning("task \(task.id) was taken from this worker; its run was dropped")
            }
        } catch {
            logger.error("task \(task.id) could not be recorded: \(error)")
        }
        onFinished(task, completion, ContinuousClock.now - started)
    }

    /// The run against its heartbeat: whichever ends first decides. The run itself is not a child of the
    /// worker, so stopping the pool does not cut it short: it gets `shutdownGrace` first.
    private func race(_ task: TaskRecord, worker: String) async -> Ending {
        let service = service
        let run = Task { await service.run(task) }
        let ending = await withTaskGroup(of: Ending?.self) { group in
            group.addTask {
                await withTaskCancellationHandler {
                    await .finished(run.value)
                } onCancel: {
                    Task { [grace = shutdownGrace] in
                        try? await Task.sleep(for: grace)
                        run.cancel()
                    }
                }
            }
            group.addTask { await heartbeat(task, worker: worker) }
            for await result in group {
                guard let result else { continue }  // the heartbeat stopped with the pool: the run decides
                if case .finished = result {} else { run.cancel() }
                group.cancelAll()
                return result
            }
            return Ending.lost
        }
        if case .finished = ending, Task.isCancelled, run.isCancelled { return .shutdown }
        return ending
    }

    /// Tells the store the worker is alive until the store says stop (cancel, lost); nil when the pool stops.
    private func heartbeat(_ task: TaskRecord, worker: String) async -> Ending? {
        while true {
            do {
                try await Task.sleep(for: heartbeatInterval)
            } catch {
                return nil
            }
            switch try? await service.store.heartbeat(taskId: task.id, worker: worker) {
            case .cancelRequested: return .cancelRequested
            case .lost: return .lost
            case .keepGoing, nil: continue
            }
        }
    }
}
