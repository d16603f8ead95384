import CCurl
import Synchronization

/// A libcurl easy handle. Exactly one thread uses it at a time: the pool hands it out and takes it back.
struct EasyHandle: @unchecked Sendable {
    // @unchecked: a raw pointer; ownership moves between threads only through `EasyHandlePool`'s mutex.
    let raw: UnsafeMutableRawPointer
}

/// Idle easy handles of one client, attached to its share handle.
///
/// Reusing a handle reuses its open keep-alive connections; `curl_easy_reset` clears every option
/// between requests but keeps connections, the share and the caches.
final class EasyHandlePool: Sendable {
    /// Idle handles kept beyond this are cleaned up, closing their connections.
    static let maximumIdle = 8

    let share: CurlShare
    private let idle = Mutex<[EasyHandle]>([])

    init(share: CurlShare) {
        self.share = share
    }

    /// An idle handle, or a new one attached to the share; `nil` if libcurl cannot allocate one.
    func checkOut() -> EasyHandle? {
        if let handle = idle.withLock({ $0.popLast() }) { return handle }
        guard let raw = curl_easy_init() else { return nil }
        guard ccurl_setopt_ptr(raw, CURLOPT_SHARE, share.raw) == CURLE_OK else {
            curl_easy_cleanup(raw)
            return nil
        }
        return EasyHandle(raw: raw)
    }

    /// Returns a handle after a transfer; its options (and the pointers to that transfer's state) are reset.
    func checkIn(_ handle: EasyHandle) {
        curl_easy_reset(handle.raw)
        let kept = idle.withLock { handles in
            guard handles.count < Self.maximumIdle else { return false }
            handles.append(handle)
            return true
        }
        if !kept { curl_easy_cleanup(handle.raw) }
    }

    /// Runs `body` with a handle and returns it afterwards.
    func withHandle<T>(_ body: (EasyHandle) -> T) -> T? {
        guard let handle = checkOut() else { return nil }
        defer { checkIn(handle) }
        return body(handle)
    }

    deinit {
        // Handles first: curl_share_cleanup (in the share's deinit, which runs after this) refuses while
        // any handle is still attached.
        for handle in idle.withLock({ $0 }) { curl_easy_cleanup(handle.raw) }
    }
}
