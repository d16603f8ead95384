import Foundation
import Testing
import WTStore

@Suite("Task queue")
struct TaskQueueTests {
    static func task(_ n: Int, workspace: String = "ws", key: String? = nil) -> NewTask {
        NewTask(id: String(format: "wt_%04d", n), workspace: workspace, reuseKey: key, input: #"{"task":"t\#(n)"}"#)
    }

    @Test("a task goes pending, started, completed with everything the worker reported", arguments: StoreBackend.all)
    func lifecycle(backend: StoreBackend) async throws {
        let clock = TestClock()
        try await withStore(backend, clock: clock) { store, _ in
            let queued = try await store.insertTask(Self.task(1))
            #expect(queued.status == .pending && queued.createdAt == clock.now && queued.attempts == 0)
            #expect(try await store.pendingCount() == 1)
            clock.advance(1)
            let claimed = try #require(try await store.claimNextTask(worker: "w1"))
            #expect(claimed.status == .started && claimed.startedAt == clock.now && claimed.claimedBy == "w1")
            #expect(try await store.claimNextTask(worker: "w2") == nil)
            #expect(try await store.heartbeat(taskId: claimed.id, worker: "w1") == .keepGoing)
            #expect(try await store.heartbeat(taskId: claimed.id, worker: "w2") == .lost)
            await #expect(throws: DataStoreError.self) {
                try await store.completeTask(claimed.id, worker: "w2", TaskCompletion(outcome: .success))
            }
            clock.advance(1)
            let completion = TaskCompletion(
                outcome: .success, result: #"{"type":"inline","data":[1]}"#, reuse: #"{"key":"wtr_1"}"#,
                cost: #"{"aiUsd":0}"#, ledger: #"{"steps":3}"#, reuseKey: "wtr_1")
            try await store.completeTask(claimed.id, worker: "w1", completion)
            let done = try #require(try await store.task(workspace: "ws", id: claimed.id))
            #expect(done.status == .completed && done.outcome == .success && done.completedAt == clock.now)
            #expect(done.result == completion.result && done.reuse == completion.reuse)
            #expect(done.cost == completion.cost && done.ledger == completion.ledger && done.reuseKey == "wtr_1")
            await #expect(throws: DataStoreError.self) { try await store.insertTask(Self.task(1)) }
        }
    }

    @Test("200 tasks and 8 concurrent claimers: each task is claimed exactly once", arguments: StoreBackend.all)
    func concurrentClaims(backend: StoreBackend) async throws {
        try await withStore(backend) { store, location in
            for n in 0..<200 { try await store.insertTask(Self.task(n)) }
            // Two stores on one database, as two server processes, four claimers each.
            let other = try await location.open()
            let claims = try await withThrowingTaskGroup(of: [String].self) { group in
                for worker in 0..<8 {
                    let claimer = worker % 2 == 0 ? store : other
                    group.addTask {
                        var mine: [String] = []
                        while let task = try await claimer.claimNextTask(worker: "w\(worker)") {
                            mine.append(task.id)
                            try await claimer.completeTask(
                                task.id, worker: "w\(worker)", TaskCompletion(outcome: .success))
                        }
                        return mine
                    }
                }
                var all: [String] = []
                for try await mine in group { all += mine }
                return all
            }
            await other.close()
            #expect(claims.count == 200)
            #expect(Set(claims).count == 200)
            #expect(try await store.pendingCount() == 0)
        }
    }

    @Test("an abandoned task is requeued once, then failed as abandoned", arguments: StoreBackend.all)
    func requeueOnceThenFail(backend: StoreBackend) async throws {
        let clock = TestClock()
        try await withStore(backend, clock: clock) { store, _ in
            try await store.insertTask(Self.task(1))
            try await store.insertTask(Self.task(2))
            _ = try await store.claimNextTask(worker: "dead")
            let alive = try #require(try await store.claimNextTask(worker: "alive"))
            clock.advance(120)
            _ = try await store.heartbeat(taskId: alive.id, worker: "alive")
            var report = try await store.requeueAbandoned(olderThan: .seconds(60), sparing: nil)
            #expect(report == RecoveryReport(requeued: ["wt_0001"], failed: []))
            let requeued = try #require(try await store.task(workspace: "ws", id: "wt_0001"))
            #expect(requeued.status == .pending && requeued.claimedBy == nil && requeued.attempts == 1)
            // The late worker finds it lost its claim.
            #expect(try await store.heartbeat(taskId: "wt_0001", worker: "dead") == .lost)

            let again = try #require(try await store.claimNextTask(worker: "dead-again"))
            #expect(again.id == "wt_0001" && again.attempts == 2)
            clock.advance(120)
            _ = try await store.heartbeat(taskId: alive.id, worker: "alive")
            report = try await store.requeueAbandoned(olderThan: .seconds(60), sparing: nil)
            #expect(report == RecoveryReport(requeued: [], failed: ["wt_0001"]))
            let failed = try #require(try await store.task(workspace: "ws", id: "wt_0001"))
            #expect(failed.status == .completed && failed.outcome == .failed)
            let error = try JSONSerialization.jsonObject(with: Data((failed.error ?? "").utf8)) as? [String: Any]
            #expect(error?["code"] as? String == "internal-error")
            #expect((error?["details"] as? [String: Any])?["reason"] as? String == "abandoned")
            #expect((error?["message"] as? String)?.contains("stopped twice") == true)
            #expect(try await store.task(workspace: "ws", id: alive.id)?.status == .started)

            // A task whose cancel was asked for before its worker died ends canceled instead of running again.
            #expect(try await store.cancelTask(workspace: "ws", id: alive.id) == .requested)
            clock.advance(120)
            report = try await store.requeueAbandoned(olderThan: .seconds(60), sparing: nil)
            #expect(report == RecoveryReport(requeued: [], failed: [], canceled: [alive.id]))
            #expect(try await store.task(workspace: "ws", id: alive.id)?.status == .canceled)
        }
    }

    @Test(
        "recovery spares the recovering process's own workers, however late their heartbeat",
        arguments: StoreBackend.all)
    func recoverySparesOwnWorkers(backend: StoreBackend) async throws {
        let clock = TestClock()
        try await withStore(backend, clock: clock) { store, _ in
            for n in 1...3 { try await store.insertTask(Self.task(n)) }
            let dead = try #require(try await store.claimNextTask(worker: "host-7-abc/0"))
            let mine = try #require(try await store.claimNextTask(worker: "host-7-xyz/1"))
            // A name that merely shares the prefix's first characters belongs to another process.
            let lookalike = try #require(try await store.claimNextTask(worker: "host-7-xyz0/0"))
            clock.advance(120)
            let report = try await store.requeueAbandoned(olderThan: .seconds(60), sparing: "host-7-xyz/")
            #expect(report == RecoveryReport(requeued: [dead.id, lookalike.id].sorted(), failed: []))
            #expect(try await store.task(workspace: "ws", id: mine.id)?.status == .started)
            #expect(try await store.heartbeat(taskId: mine.id, worker: "host-7-xyz/1") != .lost)
        }
    }

    @Test("cancel: a pending task at once, a started one by a flag its worker sees", arguments: StoreBackend.all)
    func cancel(backend: StoreBackend) async throws {
        try await withStore(backend) { store, _ in
            try await store.insertTask(Self.task(1))
            try await store.insertTask(Self.task(2))
            let started = try #require(try await store.claimNextTask(worker: "w"))
            #expect(try await store.cancelTask(workspace: "ws", id: "wt_0002") == .canceled)
            #expect(try await store.task(workspace: "ws", id: "wt_0002")?.status == .canceled)
            #expect(try await store.claimNextTask(worker: "w") == nil)

            #expect(try await store.cancelTask(workspace: "ws", id: started.id) == .requested)
            #expect(try await store.heartbeat(taskId: started.id, worker: "w") == .cancelRequested)
            try await store.finishCanceled(started.id, worker: "w")
            let canceled = try #require(try await store.task(workspace: "ws", id: started.id))
            #expect(canceled.status == .canceled && canceled.completedAt != nil)
            #expect(try await store.cancelTask(workspace: "ws", id: started.id) == .alreadyFinished(.canceled))
            #expect(try await store.cancelTask(workspace: "other", id: started.id) == nil)
            #expect(try await store.cancelTask(workspace: "ws", id: "wt_none") == nil)
        }
    }

    @Test("the store keeps exactly the input it is given and nothing else", arguments: StoreBackend.all)
    func inputKeptVerbatim(backend: StoreBackend) async throws {
        try await withStore(backend) { store, _ in
            // The caller scrubs secret values before the store sees the input; the store adds nothing back.
            let input = #"{"task":"log in","parameters":{"user":"ann","password":"[secret]"},"secrets":["password"]}"#
            try await store.insertTask(NewTask(id: "wt_s", workspace: "ws", reuseKey: "k", input: input))
            let stored = try #require(try await store.task(workspace: "ws", id: "wt_s"))
            #expect(stored.input == input)
            #expect(stored.result == nil && stored.error == nil && stored.ledger == nil && stored.reuse == nil)
        }
    }
}
