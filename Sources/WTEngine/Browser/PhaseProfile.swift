import Foundation
import Synchronization

/// Where a browser run's time goes, phase by phase, when `WTC_PROFILE` is set (to anything but `0` or
/// empty): the report goes to stderr when the run's browser closes (`bench/replay.sh` prints it). When it
/// is not set, every `measure` is one branch on a constant and no clock is read.
///
/// The phases are measured where the driver does the work and do not nest, so their sum is part of the
/// run's wall time; the rest (the interpreter, round trips no phase claims) is reported as "other".
enum PhaseProfile {
    /// The phases, in the order the report lists them.
    enum Phase: String, CaseIterable, Sendable {
        case launch = "launch (browser, context, first tab)"
        case navigation = "navigation (until the new document's load event)"
        case pageWait = "waiting for the page (`wait for` between looks)"
        case actionability = "actionability (attached, visible, stable, hit)"
        case input = "input events"
        case quiet = "quiet windows (navigation grace after actions)"
        case serialisation = "snapshot serialisation (page script + transfer)"
        case parse = "libxml2 parse"
        case extraction = "extraction (selectors and fields on the parsed page)"
        case blocking = "media blocking (paused requests answered)"
        case evidence = "final screenshot"
        case close = "close"
    }

    private struct Totals {
        var started: ContinuousClock.Instant?
        var time: [Phase: Duration] = [:]
        var count: [Phase: Int] = [:]
    }

    /// Read once: whether this process profiles.
    static let enabled: Bool = {
        let value = ProcessInfo.processInfo.environment["WTC_PROFILE"] ?? ""
        return !value.isEmpty && value != "0"
    }()

    private static let totals = Mutex(Totals())

    /// Marks the start of the run the report covers (the browser launch).
    static func begin() {
        guard enabled else { return }
        totals.withLock { $0 = Totals(started: .now) }
    }

    /// The start of a measured span: nil when profiling is off, so that no clock is read.
    /// Use as `let start = PhaseProfile.start(); defer { PhaseProfile.add(.parse, since: start) }`.
    @inline(__always)
    static func start() -> ContinuousClock.Instant? { enabled ? .now : nil }

    /// Adds the time since `start` to `phase` (nothing when `start` is nil).
    static func add(_ phase: Phase, since start: ContinuousClock.Instant?) {
        guard let start else { return }
        add(phase, ContinuousClock.now - start)
    }

    static func add(_ phase: Phase, _ duration: Duration) {
        guard enabled else { return }
        totals.withLock {
            $0.time[phase, default: .zero] += duration
            $0.count[phase, default: 0] += 1
        }
    }

    /// Writes the report to stderr (nothing when profiling is off or no run began).
    static func report() {
        guard enabled, let text = totals.withLock({ render($0) }) else { return }
        FileHandle.standardError.write(Data(text.utf8))
    }

    private static func render(_ totals: Totals) -> String? {
        guard let started = totals.started else { return nil }
        let wall = ContinuousClock.now - started
        var lines = ["wtc profile: browser run \(ms(wall)) ms"]
        var claimed = Duration.zero
        for phase in Phase.allCases {
            guard let time = totals.time[phase] else { continue }
            // Blocked requests are answered by a task of their own, while the run waits for the load.
            if phase != .blocking { claimed += time }
            let count = totals.count[phase] ?? 0
            let note = phase == .blocking ? " (alongside the phases above, not in the sum)" : ""
            lines.append("  \(pad(ms(time), 6)) ms  \(pad(String(count), 4))×  \(phase.rawValue)\(note)")
        }
        lines.append("  \(pad(ms(wall - claimed), 6)) ms         other (interpreter, round trips of no phase)")
        return lines.joined(separator: "\n") + "\n"
    }

    private static func ms(_ duration: Duration) -> String {
        let value = Double(duration.components.seconds) * 1000 + Double(duration.components.attoseconds) / 1e15
        return String(format: "%.1f", value)
    }

    private static func pad(_ text: String, _ width: Int) -> String {
        String(repeating: " ", count: max(0, width - text.count)) + text
    }
}
