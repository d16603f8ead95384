import ArgumentParser
import Foundation
import WTStore

/// Where the service's data lives: the embedded SQLite store in a folder, or PostgreSQL.
struct StoreOptions: ParsableArguments {
    @Option(name: .long, help: "The data folder of the embedded store (default ~/.wtc).")
    var dataDir: String?

    @Option(name: .long, help: "A PostgreSQL store instead: postgres://user:password@host:port/database.")
    var store: String?

    var dataDirectory: URL {
        dataDir.map { URL(fileURLWithPath: $0) } ?? StoreOpener.defaultDataDirectory
    }

    /// The store; one that cannot be opened is "unavailable", with the store's own message.
    func open() async throws -> any DataStore {
        do {
            return try await StoreOpener.open(store: store, dataDirectory: dataDirectory)
        } catch {
            Console.error("wtc: error: \(error)\n")
            throw Exit.unavailable
        }
    }
}
