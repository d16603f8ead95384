import Foundation
import Logging
import PostgresNIO

/// The store for several servers: one PostgreSQL database reached through a `PostgresClient` connection
/// pool. Claims use `FOR UPDATE SKIP LOCKED`, compare-and-swap saves a transaction backed by the
/// (workspace, key, revision) primary key, and the per-key writer lock a session-level advisory lock held
/// on a dedicated pooled connection for the body's duration.
public final class PostgresStore: DataStore {
    let client: PostgresClient
    /// Runs the client's background work (`PostgresClient.run()`) until `close()`.
    let runner: Task<Void, Never>
    let logger: Logger
    let now: @Sendable () -> Date
    /// The URL without its password, for messages.
    public let location: String

    /// Connects to `url` (`postgres://USER[:PASSWORD]@HOST[:PORT]/DATABASE[?sslmode=…[&sslrootcert=FILE]]`, TLS as
    /// `PostgresTLS` describes), then
    /// migrates the database forward under the migration lock; gives up after `connectTimeout`.
    public init(
        url: String, maximumConnections: Int = 20, connectTimeout: Duration = .seconds(30),
        logger: Logger = PostgresStore.quietLogger, now: @escaping @Sendable () -> Date = { Date() }
    ) async throws(DataStoreError) {
        let parsed = try PostgresURL(url)
        let client = PostgresClient(
            configuration: parsed.client(maximumConnections: maximumConnections), backgroundLogger: logger)
        self.client = client
        self.runner = Task { await client.run() }
        self.logger = logger
        self.now = now
        self.location = StoreMessages.redacted(url)
        let location = location
        do {
            let migrated: Void? = try await Deadline.run(within: connectTimeout) {
                try await PostgresSchema.migrate(client, location: location, logger: logger)
            }
            guard migrated != nil else {
                let why = await parsed.whyUnreachable(within: .seconds(5), logger: logger)
                throw DataStoreError(.database, StoreMessages.unreachable(location, connectTimeout, why: why))
            }
        } catch {
            runner.cancel()
            throw DataStoreError.database("opening the PostgreSQL store at \(location)", Self.unwrap(error))
        }
    }

    /// The driver's own log at warning level and above: its info lines (a connection attempt canceled by
    /// `close()`, say) are routine.
    public static var quietLogger: Logger {
        var logger = Logger(label: "wtc.store")
        logger.logLevel = .warning
        return logger
    }

    public func close() async {
        runner.cancel()
        _ = await runner.value
    }

    var nowMillis: Int64 { Millis.of(now()) }

    /// Runs `query` and collects its rows.
    func rows(_ doing: String, _ query: PostgresQuery) async throws(DataStoreError) -> [PostgresRandomAccessRow] {
        try await guarded(doing) {
            var rows: [PostgresRandomAccessRow] = []
            for try await row in try await client.query(query, logger: logger) { rows.append(row.makeRandomAccess()) }
            return rows
        }
    }

    /// Runs `body` in a transaction; on failure the transaction is rolled back and the body's own error thrown.
    func transaction<T: Sendable>(_ doing: String, _ body: (PostgresConnection) async throws -> T)
        async throws(DataStoreError) -> T
    {
        do {
            return try await client.withTransaction(logger: logger) { connection in try await body(connection) }
        } catch {
            throw DataStoreError.database(doing, Self.unwrap(error))
        }
    }

    /// The error inside a transaction wrapper: what the body threw, or else what COMMIT or BEGIN did.
    static func unwrap(_ error: any Error) -> any Error {
        guard let wrapped = error as? PostgresTransactionError else { return error }
        return wrapped.closureError ?? wrapped.commitError ?? wrapped.beginError ?? error
    }

    /// True for a unique-constraint violation (SQLSTATE 23505).
    static func isUniqueViolation(_ error: any Error) -> Bool {
        (unwrap(error) as? PSQLError)?.serverInfo?[.sqlState] == "23505"
    }
}

extension PostgresRandomAccessRow {
    /// The value of column `name`.
    func get<T: PostgresDecodable>(_ name: String, as type: T.Type = T.self) throws -> T {
        try self[name].decode(T.self)
    }
}

/// A `postgres://` URL read into its parts, for the pool's configuration and for a single probing connection.
struct PostgresURL {
    var host: String
    var port: Int
    var user: String
    var password: String?
    var database: String?
    var tls: PostgresTLS

    init(_ url: String) throws(DataStoreError) {
        guard let parts = URLComponents(string: url), parts.scheme == "postgres" || parts.scheme == "postgresql",
            let host = parts.host, !host.isEmpty, let user = parts.user, !user.isEmpty
        else { throw DataStoreError(.badLocation, StoreMessages.badURL(url)) }
        let query = { (name: String) in parts.queryItems?.first(where: { $0.name == name })?.value }
        tls = try PostgresTLS(sslmode: query("sslmode"), rootCertificate: query("sslrootcert"))
        let database = parts.path.hasPrefix("/") ? String(parts.path.dropFirst()) : parts.path
        (self.host, port, self.user, password) = (host, parts.port ?? 5432, user, parts.password)
        self.database = database.isEmpty ? nil : database
    }

    func client(maximumConnections: Int) -> PostgresClient.Configuration {
        var configuration = PostgresClient.Configuration(
            host: host, port: port, username: user, password: password, database: database, tls: tls.client)
        configuration.options.maximumConnections = max(2, maximumConnections)
        return configuration
    }

    /// Why one connection cannot be made, in the driver's words (a refused certificate, a wrong password),
    /// or nil when it can: asked when the pool did not answer in time, since the pool only keeps retrying.
    func whyUnreachable(within limit: Duration, logger: Logger) async -> String? {
        do {
            let configuration = PostgresConnection.Configuration(
                host: host, port: port, username: user, password: password, database: database,
                tls: try tls.connection())
            let connection = try await Deadline.run(within: limit) {
                try await PostgresConnection.connect(configuration: configuration, id: 0, logger: logger)
            }
            try? await connection?.close()
            return connection == nil ? "no answer within \(limit)" : nil
        } catch let error as PSQLError {
            // PSQLError's own description hides everything; the TLS or socket error under it is the reason.
            return error.underlying.map { "\($0)" } ?? error.serverInfo?[.message] ?? "\(error.code)"
        } catch {
            return "\(error)"
        }
    }
}
