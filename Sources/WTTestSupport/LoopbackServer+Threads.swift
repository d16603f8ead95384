import Foundation
import Synchronization

/// Joinable POSIX threads, so `stop()` can wait until every server thread has really exited.
final class LoopbackThreads: Sendable {
    private struct State {
        var nextID = 0
        var running: [Int: pthread_t] = [:]
        var finished: [pthread_t] = []
        /// Threads that ended before `spawn` recorded them.
        var endedEarly: Set<Int> = []
    }

    private let state = Mutex(State())

    /// The threads started and not yet joined.
    var count: Int { state.withLock { $0.running.count + $0.finished.count } }

    /// Starts `body` on a new thread; `false` if the system refused one.
    func spawn(_ body: @escaping @Sendable () -> Void) -> Bool {
        let id = state.withLock { state in
            defer { state.nextID += 1 }
            return state.nextID
        }
        let task = ThreadTask { [self] in
            body()
            ended(id)
        }
        let context = Unmanaged.passRetained(task).toOpaque()
        var thread = pthread_t()
        let created = pthread_create(
            &thread, nil,
            { context in
                guard let context else { return nil }
                Unmanaged<ThreadTask>.fromOpaque(context).takeRetainedValue().body()
                return nil
            }, context)
        guard created == 0 else {
            Unmanaged<ThreadTask>.fromOpaque(context).release()
            return false
        }
        state.withLock { state in
            if state.endedEarly.remove(id) != nil { state.finished.append(thread) } else { state.running[id] = thread }
        }
        return true
    }

    /// Joins the threads that have already returned, so a long-lived server does not accumulate them.
    func reapFinished() {
        let done = state.withLock { state in
            defer { state.finished.removeAll() }
            return state.finished
        }
        for thread in done { pthread_join(thread, nil) }
    }

    /// Joins every thread; call after signalling them to stop. Must not run on one of these threads.
    func joinAll() {
        while true {
            let all = state.withLock { state in
                defer {
                    state.running.removeAll()
                    state.finished.removeAll()
                }
                return Array(state.running.values) + state.finished
            }
            if all.isEmpty { return }
            for thread in all { pthread_join(thread, nil) }
        }
    }

    private func ended(_ id: Int) {
        state.withLock { state in
            if let thread = state.running.removeValue(forKey: id) {
                state.finished.append(thread)
            } else {
                state.endedEarly.insert(id)
            }
        }
    }
}

/// The closure a new thread runs, passed through pthread_create's context pointer.
private final class ThreadTask: Sendable {
    let body: @Sendable () -> Void
    init(_ body: @escaping @Sendable () -> Void) { self.body = body }
}
