import Foundation
import Logging
import PostgresNIO
import Synchronization
import Testing
import WTStore

/// The two backends every store test runs against.
enum StoreBackend: String, CaseIterable, CustomTestStringConvertible, Sendable {
    case sqlite, postgres

    static let all = allCases

    var testDescription: String { rawValue }

    /// A fresh, empty place for a store: a new temporary folder, or a new database in the test cluster.
    func freshLocation() async throws -> StoreLocation {
        switch self {
        case .sqlite:
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
                "wtc-store-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            return .folder(folder)
        case .postgres:
            return .postgres(try await TestCluster.freshDatabase())
        }
    }
}

/// Where a test's store lives; opening it twice gives two independent stores (two "processes").
enum StoreLocation: Sendable {
    case folder(URL)
    case postgres(String)

    func open(clock: TestClock = TestClock()) async throws -> any DataStore {
        switch self {
        case .folder(let folder):
            return try SQLiteStore(directory: folder, now: { clock.now })
        case .postgres(let url):
            return try await PostgresStore(
                url: url, maximumConnections: 12, connectTimeout: .seconds(300), now: { clock.now })
        }
    }

    /// Removes a temporary folder (a PostgreSQL database goes with the throwaway cluster).
    func remove() {
        if case .folder(let folder) = self { try? FileManager.default.removeItem(at: folder) }
    }
}

/// Opens a store on a fresh location, runs `body`, then closes and removes it.
func withStore<T>(
    _ backend: StoreBackend, clock: TestClock = TestClock(), _ body: (any DataStore, StoreLocation) async throws -> T
) async throws -> T {
    let location = try await backend.freshLocation()
    let store = try await location.open(clock: clock)
    do {
        let value = try await body(store, location)
        await store.close()
        location.remove()
        return value
    } catch {
        await store.close()
        location.remove()
        throw error
    }
}

/// A clock the test moves by hand, so heartbeats go stale without waiting.
final class TestClock: Sendable {
    private let current: Mutex<Date>

    init(_ start: Date = Date(timeIntervalSince1970: 1_800_000_000)) { current = Mutex(start) }

    var now: Date { current.withLock { $0 } }

    func advance(_ seconds: TimeInterval) { current.withLock { $0 += seconds } }
}

/// The test cluster `scripts/with-postgres.sh` starts; every test gets its own database in it, so tests
/// run in parallel without seeing each other's rows or locks.
enum TestCluster {
    static let variable = "WTC_TEST_POSTGRES_URL"

    static func baseURL() throws -> String {
        guard let url = ProcessInfo.processInfo.environment[variable], !url.isEmpty else {
            Issue.record(
                "\(variable) is not set: run under scripts/with-postgres.sh (./scripts/with-postgres.sh swift test)")
            throw SkipReason.noCluster
        }
        return url
    }

    /// Creates `t_<random>` and answers its URL.
    static func freshDatabase() async throws -> String {
        let base = try baseURL()
        let name = "t_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased()
        try await execute(["CREATE DATABASE \(name)"], on: base)
        guard var parts = URLComponents(string: base) else { throw SkipReason.noCluster }
        parts.path = "/" + name
        return parts.string ?? base
    }

    /// Runs raw SQL statements on the database at `url`, one at a time.
    static func execute(_ statements: [String], on url: String) async throws {
        try await withClient(url) { client in
            for sql in statements { try await client.query(PostgresQuery(unsafeSQL: sql)) }
        }
    }

    /// The first column of every row `sql` returns, as text.
    static func strings(_ sql: String, on url: String) async throws -> [String] {
        try await withClient(url) { client in
            var values: [String] = []
            for try await value in try await client.query(PostgresQuery(unsafeSQL: sql)).decode(String.self) {
                values.append(value)
            }
            return values
        }
    }

    static func withClient<T: Sendable>(_ url: String, _ body: (PostgresClient) async throws -> T) async throws -> T {
        guard let parts = URLComponents(string: url), let host = parts.host, let user = parts.user else {
            throw SkipReason.noCluster
        }
        let configuration = PostgresClient.Configuration(
            host: host, port: parts.port ?? 5432, username: user, password: parts.password,
            database: String(parts.path.dropFirst()), tls: .disable)
        let client = PostgresClient(configuration: configuration, backgroundLogger: Logger(label: "wtc.test"))
        let runner = Task { await client.run() }
        defer { runner.cancel() }
        return try await body(client)
    }

    enum SkipReason: Error { case noCluster }
}
