import Foundation
import Synchronization
import Testing
import WTStore

@Suite("Per-key writer lock")
struct WriterLockTests {
    @Test("two stores on one database never run the same key's body at once", arguments: StoreBackend.all)
    func acrossStores(backend: StoreBackend) async throws {
        try await withStore(backend) { store, location in
            let other = try await location.open()
            let gauge = Gauge()
            try await withThrowingTaskGroup(of: Void.self) { group in
                for n in 0..<6 {
                    let holder = n % 2 == 0 ? store : other
                    group.addTask {
                        try await holder.exclusively(workspace: "ws", key: "k", timeout: .seconds(600)) {
                            gauge.enter()
                            // Give another holder the chance to break in if the lock let it.
                            for _ in 0..<5 { await Task.yield() }
                            _ = try await holder.currentProgram(workspace: "ws", key: "k")
                            gauge.leave()
                        }
                    }
                }
                try await group.waitForAll()
            }
            await other.close()
            #expect(gauge.runs == 6)
            #expect(gauge.most == 1)
        }
    }

    @Test("a waiter gives up at its deadline; other keys and workspaces are not blocked", arguments: StoreBackend.all)
    func timeoutAndIndependence(backend: StoreBackend) async throws {
        try await withStore(backend) { store, location in
            let other = try await location.open()
            let result: String = try await store.exclusively(workspace: "ws", key: "k", timeout: .seconds(600)) {
                do {
                    try await other.exclusively(workspace: "ws", key: "k", timeout: .milliseconds(200)) {}
                    return "entered"
                } catch let error as DataStoreError {
                    #expect(error.kind == .lockTimeout)
                    #expect(error.description.contains("'k'"))
                }
                // A different key, and the same key in another workspace, are free.
                try await other.exclusively(workspace: "ws", key: "k2", timeout: .seconds(600)) {}
                try await other.exclusively(workspace: "ws2", key: "k", timeout: .seconds(600)) {}
                return "timed out"
            }
            #expect(result == "timed out")
            // Released after the body: the other store gets it now, also after a body that threw.
            await #expect(throws: Failure.self) {
                try await other.exclusively(workspace: "ws", key: "k", timeout: .seconds(600)) { throw Failure("boom") }
            }
            let again = try await store.exclusively(workspace: "ws", key: "k", timeout: .seconds(600)) { 42 }
            #expect(again == 42)
            await other.close()
        }
    }
}

extension WriterLockTests {
    @Test("a holder canceled inside its body frees the key", arguments: StoreBackend.all)
    func canceledHolder(backend: StoreBackend) async throws {
        try await withStore(backend) { store, location in
            let other = try await location.open()
            let (entered, signal) = AsyncStream.makeStream(of: Void.self)
            let holder = Task {
                try await store.exclusively(workspace: "ws", key: "k", timeout: .seconds(600)) {
                    signal.yield()
                    // Held until canceled (the cancellation ends the sleep at once).
                    try await Task.sleep(for: .seconds(3600))
                }
            }
            for await _ in entered { break }
            holder.cancel()
            await #expect(throws: CancellationError.self) { try await holder.value }
            let value = try await other.exclusively(workspace: "ws", key: "k", timeout: .seconds(600)) { "free" }
            #expect(value == "free")
            await other.close()
        }
    }
}

/// Counts bodies inside the lock: how many at most at once, and how many ran.
final class Gauge: Sendable {
    private let state = Mutex((inside: 0, most: 0, runs: 0))

    func enter() {
        state.withLock {
            $0.inside += 1
            $0.most = max($0.most, $0.inside)
        }
    }

    func leave() {
        state.withLock {
            $0.inside -= 1
            $0.runs += 1
        }
    }

    var most: Int { state.withLock { $0.most } }
    var runs: Int { state.withLock { $0.runs } }
}
