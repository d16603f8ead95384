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
    /// stays under 5 MB (measured: 100 text-dense 800 × 600 pages, 4.1 MB at quality 40, 4.7 MB at 55; WebP
    /// would be smaller, but JPEG is what every viewer opens).
    public static let pictureWidth = 800
    public static let pictureQuality = 40

    private struct State {
        var images = ReportImages()
        var steps: [ReportData.Step] = []
        var current: String?
        var atLastStep: String?
        var stopped: String?
        var lastRun: ProgramRun?
        var reasons: [String] = []
    }

    /// The last program run recorded here, for commands whose programs run inside the service's code.
    private struct ProgramRun {
        var file: SourceFile
        var mode: String
        var parameters: [String: Value]
        var ending: Ending
    }

    private let state = Mutex(State())
    private let forward: (any RunObserver)?
    public let startedAt: Date
    /// Whether a browser run's driver takes the pictures (a picture costs a capture and lets the page's
    /// images load); without, the report has the steps and their times only.
    public let takesPictures: Bool

    public init(forwardingTo observer: (any RunObserver)? = nil, startedAt: Date = Date(), takesPictures: Bool = true) {
        self.forward = observer
        self.startedAt = startedAt
        self.takesPictures = takesPictures
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

    /// Forgets the steps and pictures recorded: a `mode auto` run that fell back to the browser, or the next
    /// program run of an exploration, starts the story again. The compiler's reasons are kept.
    public func restart() {
        state.withLock { state in
            let reasons = state.reasons
            state = State()
            state.reasons = reasons
        }
    }

    /// The compiler's reasons for the program about to run (`CompiledProgram.explanation`).
    public func compilerSaid(_ reasons: [String]) {
        state.withLock { $0.reasons = reasons }
    }

    /// Notes how a program run ended, for `lastReport`.
    public func ranProgram(_ file: SourceFile, mode: String, parameters: [String: Value], ending: Ending) {
        state.withLock { $0.lastRun = ProgramRun(file: file, mode: mode, parameters: parameters, ending: ending) }
    }

    /// The report of the last program run noted by `ranProgram`, with the compiler's reasons placed beside
    /// its lines; nil when no program ran.
    public func lastReport(title: String, ledger: [ReportData.LedgerRow]) -> (ReportData, ReportImages)? {
        guard let (run, reasons) = state.withLock({ state in state.lastRun.map { ($0, state.reasons) } }) else {
            return nil
        }
        return report(
            title: title, file: run.file, mode: run.mode, parameters: run.parameters, ending: run.ending,
            ledger: ledger, explanations: ExplanationPlacement.place(reasons, in: run.file.text))
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
