import CCurl
import Foundation

/// One curl share handle per `HTTPClient`: the cookie jar, DNS cache and TLS session cache that all of
/// the client's transfers use, whichever thread runs them.
///
/// The connection cache is deliberately not shared: libcurl does not support sharing it between
/// concurrent threads. Connections are reused through `EasyHandlePool` instead.
final class CurlShare: @unchecked Sendable {
    // @unchecked: `raw` is written once in init and freed in deinit. libcurl itself reads and writes
    // the shared data, always between calls to our lock and unlock callbacks, which use `locks`.
    let raw: UnsafeMutableRawPointer
    private let locks: ShareLocks

    init?() {
        _ = CurlGlobal.ready
        guard let share = curl_share_init() else { return nil }
        raw = share
        locks = ShareLocks()
        let userdata = Unmanaged.passUnretained(locks).toOpaque()
        // The callbacks cannot capture anything (P4): the lock table arrives as userdata.
        let lock: curl_lock_function = { _, data, _, userdata in
            guard let userdata else { return }
            Unmanaged<ShareLocks>.fromOpaque(userdata).takeUnretainedValue().lock(data)
        }
        let unlock: curl_unlock_function = { _, data, userdata in
            guard let userdata else { return }
            Unmanaged<ShareLocks>.fromOpaque(userdata).takeUnretainedValue().unlock(data)
        }
        let results = [
            ccurl_share_setopt_userdata(share, userdata),
            ccurl_share_setopt_lockfn(share, lock),
            ccurl_share_setopt_unlockfn(share, unlock),
            ccurl_share_add(share, CURL_LOCK_DATA_COOKIE),
            ccurl_share_add(share, CURL_LOCK_DATA_DNS),
            ccurl_share_add(share, CURL_LOCK_DATA_SSL_SESSION),
        ]
        guard results.allSatisfy({ $0 == CURLSHE_OK }) else {
            curl_share_cleanup(share)
            return nil
        }
    }

    deinit {
        // Every easy handle has been cleaned up by now (the pool owns them and owns this share).
        curl_share_cleanup(raw)
    }
}

/// One lock per kind of shared data, so a cookie update does not wait for a DNS lookup.
///
/// `Synchronization.Mutex` only offers scoped locking; libcurl locks in one callback and unlocks in
/// another, so these are `NSLock`s.
final class ShareLocks: Sendable {
    private let locks: [NSLock] = (0...Int(CURL_LOCK_DATA_LAST.rawValue)).map { _ in NSLock() }

    func lock(_ data: curl_lock_data) {
        let index = Int(data.rawValue)
        if locks.indices.contains(index) { locks[index].lock() }
    }

    func unlock(_ data: curl_lock_data) {
        let index = Int(data.rawValue)
        if locks.indices.contains(index) { locks[index].unlock() }
    }
}
