import Synchronization
import WTDiagnostics
import WTSyntax

/// How one iteration ended.
enum IterationEnd: Sendable {
    case completed, broke, returned
    case failed(RunFailure)
    /// Stopped at a statement boundary because an earlier iteration ended the loop.
    case abandoned

    /// Whether its writes reach the loop's environment.
    var commits: Bool {
        switch self {
        case .completed, .broke, .returned: true
        case .failed, .abandoned: false
        }
    }

    var endsLoop: Bool {
        if case .completed = self { return false }
        return true
    }
}

/// The first iteration (in list order) that ended a concurrent loop, shared with the iterations so later
/// ones stop at their next statement.
final class LoopControl: Sendable {
    private let stopIndex = Mutex(Int.max)

    func stop(at index: Int) { stopIndex.withLock { $0 = min($0, index) } }
    func isAbandoned(_ index: Int) -> Bool { stopIndex.withLock { index > $0 } }
}

/// One iteration's place in a concurrent loop.
struct IterationTicket: Sendable {
    let control: LoopControl
    let index: Int

    var isAbandoned: Bool { control.isAbandoned(index) }
}

/// `for each x in list concurrency K`, with a result that does not depend on timing.
///
/// - Up to K iterations run at once, each on a forked page (`PageDriver.fork()`); forks are created as
///   needed, at most K, reused by later iterations, and all closed when the loop ends.
/// - Every iteration starts from the environment as it was when the loop began; it does not see what
///   other iterations wrote. Its writes to names declared outside the loop (`+=` and `=` to outputs and
///   outer variables) are journaled and replayed onto the loop's environment in list order, as soon as
///   every earlier iteration has been replayed; so the outputs equal those of a sequential run.
/// - `break`, `return` or a failure in iteration i: no iteration after i starts, running ones after i
///   stop at their next statement and their writes are dropped; iterations before i finish. The earliest
///   iteration (in list order) that broke, returned or failed decides how the loop ends, so the first
///   failure by list order is the one reported. The writes of a breaking or returning iteration, up to
///   its `break`/`return`, are kept, as in a sequential run.
struct ConcurrentLoop {
    private(set) var parent: Executor
    private let template: Executor
    private let items: [Value]
    private let shape: LoopShape
    private let width: Int
    private let control = LoopControl()
    private var outcomes: [(end: IterationEnd, writes: [Write])?]
    private var idle: [any PageDriver] = []
    private var forks: [any PageDriver] = []
    private var running = 0
    private var next = 0
    /// No iteration at or after this index starts.
    private var stop: Int
    private var committed = 0

    init(parent: Executor, items: [Value], shape: LoopShape, width: Int) {
        self.parent = parent
        var template = parent
        template.journal = Journal(baseDepth: parent.env.depth)
        template.snapshot = nil
        self.template = template
        self.items = items
        self.shape = shape
        self.width = width
        self.outcomes = Array(repeating: nil, count: items.count)
        self.stop = items.count
    }

    /// Runs the loop; `parent` then holds the committed writes. Returns how the loop ended.
    mutating func run() async -> IterationEnd {
        let site = parent.site
        await withTaskGroup(of: Finished.self) { group in
            await launch(into: &group, site: site)
            while let finished = await group.next() {
                running -= 1
                idle.append(finished.driver)
                record(finished)
                commitReady()
                await launch(into: &group, site: site)
            }
        }
        for fork in forks { await fork.close() }
        for outcome in outcomes {
            guard let outcome else { break }
            if outcome.end.endsLoop { return outcome.end }
        }
        return .completed
    }

    private struct Finished: Sendable {
        var index: Int
        var end: IterationEnd
        var writes: [Write]
        var driver: any PageDriver
    }

    /// Starts iterations while there is room and nothing has ended the loop.
    private mutating func launch(into group: inout TaskGroup<Finished>, site: SourceRange) async {
        while running < width, next < stop {
            guard let driver = await page(for: next, site: site) else { return }
            let index = next
            next += 1
            running += 1
            var child = template
            child.driver = driver
            child.tickets.append(IterationTicket(control: control, index: index))
            let (item, shape) = (items[index], shape)
            group.addTask { [child] in
                var child = child
                let end = await child.iterate(item, shape)
                return Finished(index: index, end: end, writes: child.journal?.writes ?? [], driver: driver)
            }
        }
    }

    /// An idle fork, or a new one; a fork that fails ends the loop as a failure of iteration `index`.
    private mutating func page(for index: Int, site: SourceRange) async -> (any PageDriver)? {
        if let driver = idle.popLast() { return driver }
        do {
            let driver = try await parent.driver.fork()
            forks.append(driver)
            return driver
        } catch {
            parent.site = site
            if case .failed(let failure) = await parent.failure(error, step: "for each \(shape.variable)") {
                outcomes[index] = (.failed(failure), [])
            }
            control.stop(at: index)
            stop = index
            return nil
        }
    }

    private mutating func record(_ finished: Finished) {
        outcomes[finished.index] = (finished.end, finished.writes)
        if finished.end.endsLoop, finished.index < stop {
            stop = finished.index + 1
            control.stop(at: finished.index)
        }
    }

    /// Replays, in list order, every finished iteration whose predecessors are all replayed.
    private mutating func commitReady() {
        while committed < stop, let outcome = outcomes[committed], outcome.end.commits {
            for write in outcome.writes { parent.commit(write) }
            committed += 1
        }
        if parent.journal == nil { _ = parent.recordsSoFar() }
    }
}

extension Executor {
    /// One iteration on its own page; never throws, so the task group can collect every outcome.
    mutating func iterate(_ item: Value, _ shape: LoopShape) async -> IterationEnd {
        do {
            switch try await run(shape.body.statements, with: [shape.binding(item)]) {
            case .next: return .completed
            case .breakLoop: return .broke
            case .returnProgram: return .returned
            }
        } catch {
            switch error {
            case .failed(let failure): return .failed(failure)
            case .abandoned: return .abandoned
            }
        }
    }
}
