import Foundation
import Synchronization
import WTRuntime
import WTSema
import WTTrace

/// Records a run as a trace (`wtc exec --trace DIR`): a `RecordingDriver` reports the actions, and as the
/// run's observer it learns which program line each step came from and what each `extract` produced.
/// Record with `RunOptions.maxForks = 0` so the steps form one sequential story.
public final class TraceRecorder: RunObserver, Sendable {
    private struct State {
        var steps: [TraceStep] = []
        /// The page the run read last: where an `extract` read its values.
        var lastPage: TracePage?
        /// Steps recorded since the last event, waiting for its program line.
        var unattributed: [Int] = []
    }

    let pages: TracePages
    private let state = Mutex(State())
    private let forward: (any RunObserver)?
    private let sourceName: String
    /// Secret values by value, so a `fill` with one records the parameter's name instead.
    private let secrets: [String: String]
    private let start = ContinuousClock.now

    /// - Parameters:
    ///   - sourceName: how steps name the program (`program.wt`), in `source: "program.wt:12"`.
    ///   - parameters: the run's parameter values; secrets among them are never written.
    ///   - forwardingTo: an observer that still sees every event (the progress printer).
    public init(sourceName: String, parameters: [String: Value], forwardingTo: (any RunObserver)? = nil) {
        self.sourceName = sourceName
        self.forward = forwardingTo
        var secrets: [String: String] = [:]
        for (name, value) in parameters {
            if case .secret(let s) = value, !s.isEmpty { secrets[s] = name }
        }
        self.secrets = secrets
        self.pages = TracePages(secrets: Array(secrets.keys))
    }

    /// Wraps a run's driver so its actions are recorded here.
    public func recording(_ driver: any PageDriver) -> any PageDriver {
        RecordingDriver(inner: driver, recorder: self)
    }

    public func stepFinished(_ event: StepEvent) {
        forward?.stepFinished(event)
        let source = "\(sourceName):\(event.line)"
        state.withLock { state in
            if let extraction = event.extraction {
                let value = TraceValues.json(extraction.value)
                var step = TraceStep(index: 0, action: .extract, before: state.lastPage)
                step.extraction = TraceExtraction(
                    into: extraction.into, append: extraction.append, value: value,
                    container: extraction.container.map(ElementDescriber.selectors) ?? [],
                    fields: extraction.fields.map {
                        TraceReadField(name: $0.name, selectors: ElementDescriber.selectors(of: $0.locator))
                    })
                step.index = state.steps.count + 1
                state.steps.append(step)
                state.unattributed.append(state.steps.count - 1)
            }
            for i in state.unattributed { state.steps[i].source = source }
            state.unattributed = []
        }
    }

    func elapsedMs() -> Double {
        let elapsed = ContinuousClock.now - start
        return Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15
    }

    func sawPage(_ snapshot: any PageSnapshot) {
        let page = pages.page(of: snapshot)
        state.withLock { $0.lastPage = page }
    }

    func append(_ step: TraceStep) {
        state.withLock { state in
            var step = step
            step.index = state.steps.count + 1
            if let after = step.after { state.lastPage = after }
            state.steps.append(step)
            state.unattributed.append(state.steps.count - 1)
        }
    }

    /// The input of a step: its text, or the name of the secret parameter it came from.
    func setInput(_ value: String?, on step: inout TraceStep) {
        guard let value else { return }
        if let name = secrets[value] { step.secret = name } else { step.value = value }
    }

    var steps: [TraceStep] { state.withLock { $0.steps } }

    /// Changes the recorded steps in place, then numbers them again from 1.
    func amend(_ change: (inout [TraceStep]) -> Void) {
        state.withLock { state in
            change(&state.steps)
            for i in state.steps.indices { state.steps[i].index = i + 1 }
            state.unattributed = state.unattributed.filter { state.steps.indices.contains($0) }
        }
    }
}
