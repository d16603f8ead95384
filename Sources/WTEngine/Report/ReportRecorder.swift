import Foundation
import Synchronization
import WTDiagnostics
import WTReport
import WTRuntime
import WTTrace

/// Collects a run report (`--report`) while the run goes: as the run's observer it notes every finished
/// step, and a browser run's driver hands it a small JPEG after every action and one of the page where a
/// failed run stopped. A step's "before" is the picture current when the previous step finished, its
/// "after" the one current when it finished itself. Record with `RunOptions.maxForks = 0` (as a trace does)
/// so the steps form one sequential story.
public final class ReportRecorder: RunObserver, Sendable {
    /// Pictures are JPEGs at most this wide, at this quality: a page stays legible and a hundred-step run
    /// stays a few megabytes.
    public static let pictureWidth = 800
    public static let pictureQuality = 55

    private struct State {
        var images = ReportImages()
        var steps: [ReportData.Step] = []
        var current: String?
        var atLastStep: String?
        var stopped: String?
    }

    private let state = Mutex(State())
    private let forward: (any RunObserver)?
    public let startedAt: Date

    public init(forwardingTo observer: (any RunObserver)? = nil, startedAt: Date = Date()) {
        self.forward = observer
        self.startedAt = startedAt
    }

    public func stepFinished(_ event: StepEvent) {
        forward?.stepFinished(event)
        let ms = Double(event.duration.components.seconds) * 1000 + Double(event.duration.components.attoseconds) / 1e15
        state.withLock { state in
            state.steps.append(
                ReportData.Step(
                    index: event.index, line: event.line, summary: event.summary, url: event.url, milliseconds: ms,
                    before: state.atLastStep, after: state.current))
            state.atLastStep = state.current
        }
    }

    /// Forgets what was recorded: a `mode auto` run that fell back to the browser starts its story again.
    public func restart() {
        state.withLock { $0 = State() }
    }

    /// A picture of the page after an action.
    func tookPicture(_ jpeg: Data) {
        state.withLock { state in state.current = state.images.add(jpeg) ?? state.current }
    }

    /// A picture of the page where a failed run stopped.
    func stoppedWith(_ jpeg: Data) {
        state.withLock { state in state.stopped = state.images.add(jpeg) }
    }

    /// How a run ended, as the report needs it.
    public enum Ending: Sendable {
        case succeeded(RunResult)
        case failed(Diagnostic)
    }

    /// The report so far, for a run that ended as `ending`.
    public func report(
        title: String, file: SourceFile, mode: String, parameters: [String: Value], ending: Ending,
        ledger: [ReportData.LedgerRow] = [], explanations: [ReportData.Explanation] = []
    ) -> (ReportData, ReportImages) {
        let seconds = Date().timeIntervalSince(startedAt)
        return state.withLock { state in
            var data = ReportData(
                title: title, programName: (file.path as NSString).lastPathComponent, source: file.text, mode: mode,
                startedAt: startedAt, seconds: seconds, succeeded: true, steps: state.steps,
                parameters: Self.shown(parameters), ledger: ledger, explanations: explanations)
            switch ending {
            case .succeeded(let result):
                data.outputsText =
                    JSONValue.object(
                        result.outputs.map { JSONValue.Member($0.name, TraceValues.json($0.value)) }
                    ).jsonText
            case .failed(let diagnostic):
                data.succeeded = false
                data.failure = ReportData.Failure(
                    line: diagnostic.span?.start.line, column: diagnostic.span?.start.column, id: diagnostic.message.id,
                    message: diagnostic.text, notes: diagnostic.notes.map(\.text), help: diagnostic.help,
                    picture: state.stopped ?? state.current)
            }
            return (data, state.images)
        }
    }

    /// Parameters by name, a secret's value left out.
    static func shown(_ parameters: [String: Value]) -> [ReportData.Parameter] {
        parameters.keys.sorted().map { name in
            guard let value = parameters[name] else { return ReportData.Parameter(name: name, value: nil) }
            if case .secret = value { return ReportData.Parameter(name: name, value: nil) }
            return ReportData.Parameter(name: name, value: TraceValues.json(value).jsonText)
        }
    }
}
