import Crypto
import Foundation
import Synchronization

/// A decorator that remembers the keys another verifier accepted, for `lifetime`: every API request is
/// authenticated, and asking the store each time (a hash and a query) was a large share of a poll's cost.
/// Only accepted keys are remembered (a stream of wrong keys cannot fill it), by their SHA-256, never as
/// text; a key removed from the store stops working within `lifetime`.
public final class RememberingKeyVerifier: APIKeyVerifier {
    private struct Remembered {
        var workspace: String
        var until: ContinuousClock.Instant
    }

    private let inner: any APIKeyVerifier
    private let lifetime: Duration
    private let capacity: Int
    private let remembered = Mutex([Data: Remembered]())

    /// Remembers what `inner` accepts for `lifetime`, at most `capacity` keys at once.
    public init(_ inner: any APIKeyVerifier, lifetime: Duration = .seconds(10), capacity: Int = 1024) {
        self.inner = inner
        self.lifetime = lifetime
        self.capacity = capacity
    }

    public func workspace(forKey key: String) async throws -> String? {
        let digest = Data(SHA256.hash(data: Data(key.utf8)))
        let now = ContinuousClock.now
        if let known = remembered.withLock({ $0[digest] }), now < known.until { return known.workspace }
        guard let workspace = try await inner.workspace(forKey: key) else { return nil }
        remembered.withLock { entries in
            if entries.count >= capacity { entries = entries.filter { now < $0.value.until } }
            if entries.count < capacity { entries[digest] = Remembered(workspace: workspace, until: now + lifetime) }
        }
        return workspace
    }
}
