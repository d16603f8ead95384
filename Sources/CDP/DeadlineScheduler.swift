import Foundation
import Synchronization

/// Fires `DeadlineTimer`s from one dedicated thread.
///
/// Every call arms a deadline, and a Dispatch timer per call costs a wake-up of Dispatch's timer thread
/// each time (a context switch per round trip on a small machine). Here arming a deadline later than the
/// earliest one is a heap insertion under a lock with no wake-up at all; cancelled timers are dropped
/// lazily when they reach the top, or in bulk when they make up most of the heap.
final class DeadlineScheduler: Sendable {
    static let shared = DeadlineScheduler()

    private struct Entry {
        var deadline: ContinuousClock.Instant
        var timer: DeadlineTimer
    }

    private struct State {
        var heap: [Entry] = []
        var cancelled = 0
        var running = false
    }

    // `NSCondition` for the timed wait; `state` is only touched while it is locked.
    private let condition = NSCondition()
    private let state = Mutex(State())

    func schedule(_ timer: DeadlineTimer, at deadline: ContinuousClock.Instant) {
        condition.lock()
        defer { condition.unlock() }
        let (wake, start) = state.withLock { state in
            let earliest = state.heap.first?.deadline
            state.heap.append(Entry(deadline: deadline, timer: timer))
            Self.siftUp(&state.heap, from: state.heap.count - 1)
            defer { state.running = true }
            return (earliest.map { deadline < $0 } ?? true, !state.running)
        }
        if start {
            let thread = Thread { [self] in run() }
            thread.name = "CDP deadlines"
            thread.start()
        } else if wake {
            condition.signal()
        }
    }

    /// Counts a cancellation, and compacts the heap when cancelled timers are most of it.
    func noteCancelled() {
        state.withLock { state in
            state.cancelled += 1
            guard state.heap.count > 256, state.cancelled * 2 > state.heap.count else { return }
            state.heap.removeAll { $0.timer.isCancelled }
            state.cancelled = 0
            for index in stride(from: state.heap.count / 2 - 1, through: 0, by: -1) {
                Self.siftDown(&state.heap, from: index)
            }
        }
    }

    private func run() {
        condition.lock()
        while true {
            let now = ContinuousClock.now
            let (due, next) = state.withLock { state in
                var due: [DeadlineTimer] = []
                while let first = state.heap.first, first.deadline <= now {
                    due.append(Self.popFirst(&state.heap).timer)
                }
                return (due, state.heap.first?.deadline)
            }
            if !due.isEmpty {
                condition.unlock()
                for timer in due { timer.fire() }
                condition.lock()
                continue
            }
            if let next {
                let seconds =
                    Double((next - now).components.seconds)
                    + Double((next - now).components.attoseconds) / 1e18
                _ = condition.wait(until: Date(timeIntervalSinceNow: seconds))
            } else {
                condition.wait()
            }
        }
    }

    private static func popFirst(_ heap: inout [Entry]) -> Entry {
        heap.swapAt(0, heap.count - 1)
        let first = heap.removeLast()
        if !heap.isEmpty { siftDown(&heap, from: 0) }
        return first
    }

    private static func siftUp(_ heap: inout [Entry], from index: Int) {
        var child = index
        while child > 0 {
            let parent = (child - 1) / 2
            guard heap[child].deadline < heap[parent].deadline else { return }
            heap.swapAt(child, parent)
            child = parent
        }
    }

    private static func siftDown(_ heap: inout [Entry], from index: Int) {
        var parent = index
        while true {
            let left = 2 * parent + 1
            let right = left + 1
            var smallest = parent
            if left < heap.count, heap[left].deadline < heap[smallest].deadline { smallest = left }
            if right < heap.count, heap[right].deadline < heap[smallest].deadline { smallest = right }
            guard smallest != parent else { return }
            heap.swapAt(parent, smallest)
            parent = smallest
        }
    }
}
