import Foundation

/// Every message the store shows, in one place: what happened, then what to do.
enum StoreMessages {
    static func databaseFailed(_ doing: String, _ detail: String) -> String {
        "store: \(doing) failed: \(detail). Check that the database is reachable and writable, then retry."
    }

    static func newerSchema(_ location: String, found: String, known: String) -> String {
        "store: \(location) was written by a newer wtc (schema \(found); this wtc knows up to \(known)). "
            + "Run the newer wtc, or point this one at another database; it is left untouched."
    }

    static func badURL(_ url: String) -> String {
        "store: '\(redacted(url))' is not a usable PostgreSQL URL; "
            + "write postgres://USER[:PASSWORD]@HOST[:PORT]/DATABASE"
    }

    static func unreachable(_ location: String, _ timeout: Duration, why: String? = nil) -> String {
        "store: PostgreSQL at \(location) did not answer within \(timeout)"
            + (why.map { " (a single connection says: \($0))" } ?? "")
            + "; check that the server is running, listening on that host and port, that the URL's user and "
            + "database exist, and with sslmode=verify-*, that sslrootcert names the CA that signed its certificate"
    }

    static func unsupportedSSLMode(_ mode: String) -> String {
        "store: sslmode=\(mode) is not one of " + PostgresTLS.modes.joined(separator: ", ")
            + " (verify-full checks the server's certificate and name; add sslrootcert=FILE for a private CA)"
    }

    static func unreadableRootCertificate(_ path: String, _ why: String) -> String {
        "store: sslrootcert=\(path) could not be read as PEM certificates: \(why)"
    }

    static func migrationLock(_ path: String, _ reason: String) -> String {
        "store: could not lock \(path) to migrate the database (\(reason)); "
            + "check that the data folder is writable and that no other wtc is stuck starting"
    }

    static func lockTimeout(_ workspace: String, _ key: String, _ timeout: Duration) -> String {
        "store: key '\(key)' in workspace '\(workspace)' stayed locked by another run for \(timeout); "
            + "retry later, or check for a stuck run on this key"
    }

    static func noSuchRevision(_ key: String, expected: Int) -> String {
        "store: cannot save key '\(key)' over revision \(expected): the key has no revisions. "
            + "Save with expected revision nil to create it."
    }

    static func notClaimed(_ id: String, worker: String) -> String {
        "store: task \(id) is not started by worker '\(worker)' any more (it was requeued, canceled or "
            + "completed meanwhile); drop this run's result"
    }

    static func badCursor(_ cursor: String) -> String {
        "store: cursor '\(cursor.prefix(40))' was not handed out by a task listing; "
            + "pass the `next` value of the previous page, or no cursor to start from the beginning"
    }

    static func duplicateTask(_ id: String) -> String {
        "store: a task with id \(id) already exists; mint a new webTaskId"
    }

    static func vanished(_ id: String) -> String {
        "store: task \(id) was written but cannot be read back; check the database for corruption"
    }

    static let abandonedTwice =
        "The worker running this task stopped twice without finishing it (its process died or lost the "
        + "database); it was not retried again. Start the task again."

    /// The URL without its password, for messages.
    static func redacted(_ url: String) -> String {
        guard var parts = URLComponents(string: url), parts.password != nil else { return url }
        parts.password = "***"
        return parts.string ?? "postgres://…"
    }
}
