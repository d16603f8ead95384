import Foundation
import Testing
import WTStore

@Suite("Programs by reuse key")
struct ProgramStoreTests {
    static func revision(_ n: Int) -> NewProgramRevision {
        NewProgramRevision(source: "# revision \(n)", savedBy: "wt_\(n)", reason: n == 1 ? .created : .repaired)
    }

    @Test("every revision is kept with who saved it, when and why", arguments: StoreBackend.all)
    func history(backend: StoreBackend) async throws {
        let clock = TestClock()
        try await withStore(backend, clock: clock) { store, _ in
            #expect(try await store.currentProgram(workspace: "ws", key: "k") == nil)
            for n in 1...3 {
                let outcome = try await store.saveProgram(
                    Self.revision(n), workspace: "ws", key: "k", expected: n == 1 ? nil : n - 1)
                guard case .saved(let saved) = outcome else { throw Failure("revision \(n) was not saved") }
                #expect(saved.revision == n && saved.savedAt == clock.now)
                clock.advance(60)
            }
            let history = try await store.programHistory(workspace: "ws", key: "k")
            #expect(history.map(\.revision) == [1, 2, 3])
            #expect(history.map(\.savedBy) == ["wt_1", "wt_2", "wt_3"])
            #expect(history.map(\.reason) == [.created, .repaired, .repaired])
            #expect(try await store.currentProgram(workspace: "ws", key: "k")?.source == "# revision 3")
            #expect(try await store.programRevision(workspace: "ws", key: "k", revision: 2)?.source == "# revision 2")
            #expect(try await store.programRevision(workspace: "ws", key: "k", revision: 4) == nil)
            _ = try await store.saveProgram(Self.revision(1), workspace: "ws", key: "a", expected: nil)
            #expect(try await store.programKeys(workspace: "ws") == ["a", "k"])
        }
    }

    @Test("a save over a stale revision is superseded and saves nothing", arguments: StoreBackend.all)
    func stale(backend: StoreBackend) async throws {
        try await withStore(backend) { store, _ in
            _ = try await store.saveProgram(Self.revision(1), workspace: "ws", key: "k", expected: nil)
            _ = try await store.saveProgram(Self.revision(2), workspace: "ws", key: "k", expected: 1)
            let late = try await store.saveProgram(Self.revision(9), workspace: "ws", key: "k", expected: 1)
            guard case .superseded(let current) = late else { throw Failure("a stale save landed") }
            #expect(current.revision == 2 && current.savedBy == "wt_2")
            let none = try await store.saveProgram(Self.revision(9), workspace: "ws", key: "k", expected: nil)
            #expect(none == .superseded(current: current))
            #expect(try await store.programHistory(workspace: "ws", key: "k").count == 2)
            await #expect(throws: DataStoreError.self) {
                _ = try await store.saveProgram(Self.revision(1), workspace: "ws", key: "new", expected: 3)
            }
        }
    }

    @Test("of two concurrent saves on one expected revision exactly one wins", arguments: StoreBackend.all)
    func twoConcurrentSaves(backend: StoreBackend) async throws {
        try await withStore(backend) { store, location in
            // Two stores on one database, as two server processes would be.
            let other = try await location.open()
            async let first = store.saveProgram(Self.revision(1), workspace: "ws", key: "k", expected: nil)
            async let second = other.saveProgram(
                NewProgramRevision(source: "# other", savedBy: "wt_other", reason: .created), workspace: "ws",
                key: "k", expected: nil)
            let outcomes = try await [first, second]
            await other.close()
            let winners = outcomes.compactMap { if case .saved(let s) = $0 { s } else { nil } }
            #expect(winners.count == 1)
            let history = try await store.programHistory(workspace: "ws", key: "k")
            #expect(history.count == 1 && history.first?.savedBy == winners.first?.savedBy)
        }
    }

    @Test("50 concurrent runs on one key save exactly the revisions the rules allow", arguments: StoreBackend.all)
    func fiftyConcurrentSaves(backend: StoreBackend) async throws {
        try await withStore(backend) { store, _ in
            // Round 1: fifty first runs on a new key; only one may create it.
            let created = try await Self.concurrentSaves(store, runs: 50, round: "a", readFirst: false)
            #expect(created.count == 1)
            // Round 2: fifty runs each start from the revision they read and try to save on top of it.
            let repaired = try await Self.concurrentSaves(store, runs: 50, round: "b", readFirst: true)
            let history = try await store.programHistory(workspace: "ws", key: "k")
            // Revisions are 1…n without gaps; each was saved by exactly one winner and no winner is missing.
            #expect(history.map(\.revision) == Array(1...history.count))
            #expect(history.count == 1 + repaired.count)
            #expect(Set(history.map(\.savedBy)) == Set(created + repaired))
            #expect(!repaired.isEmpty)
        }
    }

    /// Runs `runs` concurrent saves, each on the revision it reads first (or on none); answers the savedBy of
    /// those that landed.
    static func concurrentSaves(_ store: any DataStore, runs: Int, round: String, readFirst: Bool) async throws
        -> [String]
    {
        try await withThrowingTaskGroup(of: String?.self) { group in
            for run in 0..<runs {
                group.addTask {
                    let expected = readFirst ? try await store.currentProgram(workspace: "ws", key: "k")?.revision : nil
                    let program = NewProgramRevision(
                        source: "# \(round)\(run)", savedBy: "wt_\(round)\(run)", reason: .repaired)
                    let outcome = try await store.saveProgram(program, workspace: "ws", key: "k", expected: expected)
                    if case .saved = outcome { return program.savedBy }
                    return nil
                }
            }
            var winners: [String] = []
            for try await winner in group { if let winner { winners.append(winner) } }
            return winners
        }
    }
}

/// A test failure with a message.
struct Failure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
