import CDP
import Foundation
import Synchronization
import Testing
import WTAgent
import WTEngine
import WTService
import WTTestSupport
import WTTrace

/// Two runs on one new key at once: the store's exclusive section lets one explore and save; the other
/// waits its turn and replays what was saved, with no model call, and no second revision appears.
@Suite(
    "Concurrent runs", .serialized,
    .enabled(if: FileManager.default.isExecutableFile(atPath: LaunchOptions().resolvedExecutable)))
struct ConcurrentRunTests {
    @Test("two runs started together on a new key: one explores and saves revision 1, the other replays it")
    func oneSaverPerKey() async throws {
        let site = try SampleSites.server("quotes")
        try site.start()
        defer { site.stop() }
        try await AgentTestKit.withFolder("wtc-concurrent") { folder in
            let data = folder.appendingPathComponent("store")
            let agent = AgentTestKit.agent("Collect the quotes on this page", start: site.url("/tag/love/"))
            let barrier = ReadBarrier(parties: 2)
            try await withFakeModelServer(AgentScripts.quotesOnePage) { first in
                try await withFakeModelServer(AgentScripts.quotesOnePage) { second in
                    // Each run has its own store value on the same folder, as two `wtc run` processes would;
                    // both read the key (and find nothing) before either goes on, so both race for the
                    // exclusive section.
                    // Two stores on one database, as two `wtc run` processes would have.
                    let stores = try (0..<2).map { _ in
                        BarrierStore(inner: try WorkspacePrograms.embedded(in: data), barrier)
                    }
                    async let a = Self.run(
                        first, store: stores[0], agent: agent, folder: folder.appendingPathComponent("a"))
                    async let b = Self.run(
                        second, store: stores[1], agent: agent, folder: folder.appendingPathComponent("b"))
                    let reports = await [a, b]
                    #expect(barrier.allArrived, "the two runs did not both read the key before going on")
                    try Self.expectOneSaver(reports, models: [first, second])
                }
            }
            let store = try WorkspacePrograms.embedded(in: data)
            #expect(try await store.current(key: "quotes-shared")?.revision == 1)
            let history = try await store.store.programHistory(workspace: store.workspace, key: "quotes-shared")
            #expect(history.map(\.revision) == [1])
        }
    }

    static func run(_ model: FakeModelServer, store: BarrierStore, agent: Agent.Request, folder: URL) async
        -> RunReport
    {
        await LocalRun(store: store, engine: AgentTestKit.engine(folder), services: AgentTestKit.services(model))
            .run(LocalRun.Input(agent: agent, reuseKey: "quotes-shared"))
    }

    /// Exactly one report explored (its model played the whole script) and created revision 1; the other's
    /// model was never called and it used that revision.
    static func expectOneSaver(_ reports: [RunReport], models: [FakeModelServer]) throws {
        for model in models { #expect(model.violations.isEmpty, "\(model.violations)") }
        let explorer = try #require(reports.firstIndex { $0.reuse.created }, "no run saved a program")
        let waiter = 1 - explorer
        let saved = reports[explorer]
        let replayed = reports[waiter]
        #expect(saved.succeeded && saved.reuse.updated && !saved.reuse.used)
        #expect(models[explorer].turnsPlayed == AgentScripts.quotesOnePage.count)
        #expect(replayed.succeeded, "\(replayed.error?.message ?? "")")
        #expect(replayed.reuse.used && !replayed.reuse.created && !replayed.reuse.updated)
        #expect(replayed.reuse.revisionID == saved.webTaskID)
        #expect(models[waiter].requests.isEmpty)
        #expect(replayed.ledger.modelCalls == 0 && replayed.aiUsd == 0)
        #expect(replayed.result == saved.result)
    }
}

/// Holds the first reads of a key until `parties` of them have arrived (or 60 s passed), so concurrent
/// runs are known to have started together.
final class ReadBarrier: Sendable {
    private let parties: Int
    private let arrived = Mutex(0)

    init(parties: Int) { self.parties = parties }

    /// Whether every party arrived.
    var allArrived: Bool { arrived.withLock { $0 >= parties } }

    /// Counts this arrival and waits for the others, up to the deadline.
    func arrive() async {
        arrived.withLock { $0 += 1 }
        let deadline = ContinuousClock.now + .seconds(60)
        while !allArrived, ContinuousClock.now < deadline { try? await Task.sleep(for: .milliseconds(10)) }
    }
}

/// A folder store whose first `current` waits at the barrier; everything else goes straight through.
final class BarrierStore: ProgramStore {
    private let inner: WorkspacePrograms
    private let barrier: ReadBarrier
    private let first = Mutex(true)

    init(inner: WorkspacePrograms, _ barrier: ReadBarrier) {
        self.inner = inner
        self.barrier = barrier
    }

    func current(key: String) async throws(StoreError) -> SavedProgram? {
        let found = try await inner.current(key: key)
        if first.withLock({ isFirst in
            defer { isFirst = false }; return isFirst
        }) {
            await barrier.arrive()
        }
        return found
    }

    func save(_ program: NewRevision, key: String, expected: Int?) async throws(StoreError) -> SaveOutcome {
        try await inner.save(program, key: key, expected: expected)
    }

    func exclusively<T: Sendable>(key: String, timeout: Duration, _ body: () async throws -> T) async throws -> T {
        try await inner.exclusively(key: key, timeout: timeout, body)
    }
}
