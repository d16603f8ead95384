import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// An exclusive `flock` on a file beside the SQLite database, held while migrating. GRDB applies each
/// migration in its own transaction after reading which are applied, so two processes opening one new
/// database at once could both try version 1; this lock makes the second wait and then find nothing to do.
struct MigrationLock {
    let descriptor: Int32

    /// Takes the lock on `path` (created if needed), polling until `timeout` runs out.
    static func acquire(_ path: String, timeout: Duration = .seconds(30)) throws(DataStoreError) -> MigrationLock {
        let descriptor = open(path, O_CREAT | O_RDWR | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw DataStoreError(.database, StoreMessages.migrationLock(path, String(cString: strerror(errno))))
        }
        let deadline = ContinuousClock.now + timeout
        while flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
            guard errno == EWOULDBLOCK || errno == EINTR, ContinuousClock.now < deadline else {
                close(descriptor)
                throw DataStoreError(.database, StoreMessages.migrationLock(path, "another process holds it"))
            }
            usleep(20_000)
        }
        return MigrationLock(descriptor: descriptor)
    }

    func release() {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }
}
