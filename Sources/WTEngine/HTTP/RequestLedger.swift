import Synchronization
import WTHTTP

/// Whether a run sent a request that may have changed something on the server (anything but GET and
/// HEAD: a form posted, say). Running the program again would send it again, so a failed HTTP run that
/// did is not retried in the browser (`Engine.run`).
final class RequestLedger: Sendable {
    private let unsafe = Mutex<String?>(nil)

    /// The first request that was not a GET or HEAD, as `POST http://…`; nil when every one was.
    var firstUnsafe: String? { unsafe.withLock { $0 } }

    func note(_ request: HTTPRequest) {
        guard request.method != .get, request.method != .head else { return }
        unsafe.withLock { $0 = $0 ?? "\(request.method) \(request.url)" }
    }
}
