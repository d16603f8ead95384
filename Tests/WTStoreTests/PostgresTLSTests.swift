import Foundation
import Testing
import WTStore

/// The store over TLS to the test cluster, which `scripts/with-postgres.sh` starts with a certificate for
/// 127.0.0.1 signed by a throwaway CA (`WTC_TEST_POSTGRES_CA`).
@Suite("PostgreSQL over TLS")
struct PostgresTLSTests {
    /// The fresh database's URL with `parameters` added, and its name.
    static func url(_ parameters: String) async throws -> (url: String, database: String) {
        let url = try await TestCluster.freshDatabase()
        let database = String(try #require(URLComponents(string: url)?.path.dropFirst()))
        return (url + "?" + parameters, database)
    }

    static func certificateAuthority() throws -> String {
        guard let path = ProcessInfo.processInfo.environment["WTC_TEST_POSTGRES_CA"], !path.isEmpty else {
            Issue.record("WTC_TEST_POSTGRES_CA is not set: run under scripts/with-postgres.sh with openssl installed")
            throw TestCluster.SkipReason.noCluster
        }
        return path
    }

    /// How many of the database's sessions are encrypted, as the server sees them.
    static func encryptedSessions(_ database: String) async throws -> Int {
        let counts = try await TestCluster.strings(
            """
            SELECT count(*)::text FROM pg_stat_ssl s JOIN pg_stat_activity a USING (pid)
            WHERE s.ssl AND a.datname = '\(database)'
            """, on: try TestCluster.baseURL())
        return Int(counts.first ?? "") ?? 0
    }

    @Test(
        "verify-full with the CA: the store works and the server sees an encrypted session",
        arguments: [
            "verify-full", "verify-ca", "require",
        ])
    func verified(mode: String) async throws {
        let ca = try Self.certificateAuthority()
        let (url, database) = try await Self.url("sslmode=\(mode)&sslrootcert=\(ca)")
        let store = try await PostgresStore(url: url)
        _ = try await store.insertTask(NewTask(id: "wt_tls", workspace: "ws", reuseKey: nil, input: "{}"))
        #expect(try await store.task(workspace: "ws", id: "wt_tls") != nil)
        #expect(try await Self.encryptedSessions(database) >= 1)
        await store.close()
    }

    @Test("verify-full against the system's roots refuses the private CA's certificate, saying so")
    func untrusted() async throws {
        _ = try Self.certificateAuthority()
        let (url, _) = try await Self.url("sslmode=verify-full")
        do {
            let store = try await PostgresStore(url: url, connectTimeout: .seconds(3))
            await store.close()
            Issue.record("a certificate no trusted root signed was accepted")
        } catch {
            print("untrusted certificate: \(error.description)")
            #expect(error.description.contains("CERTIFICATE_VERIFY_FAILED"), "\(error.description)")
        }
    }

    @Test("sslmode=disable still reaches the same server in the clear")
    func plain() async throws {
        let (url, database) = try await Self.url("sslmode=disable")
        let store = try await PostgresStore(url: url)
        #expect(try await store.task(workspace: "ws", id: "wt_none") == nil)
        #expect(try await Self.encryptedSessions(database) == 0)
        await store.close()
    }
}
