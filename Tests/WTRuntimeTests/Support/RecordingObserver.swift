import Synchronization
import WTRuntime

/// Keeps every step event, for assertions.
final class RecordingObserver: RunObserver {
    private let recorded = Mutex<[StepEvent]>([])

    var events: [StepEvent] { recorded.withLock { $0 } }
    var summaries: [String] { events.map(\.summary) }

    func stepFinished(_ event: StepEvent) {
        recorded.withLock { $0.append(event) }
    }
}
