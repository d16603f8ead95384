import CCurl
import Foundation
import Synchronization

/// Set from any thread to stop a running transfer; libcurl's progress callback polls it.
final class CancellationFlag: Sendable {
    private let value = Atomic<Bool>(false)

    var isCancelled: Bool { value.load(ordering: .acquiring) }

    func cancel() { value.store(true, ordering: .releasing) }
}

/// What one transfer receives. libcurl's callbacks reach it through their userdata pointer; it lives on
/// the worker thread that runs `curl_easy_perform` and is never shared with another thread.
final class TransferSink {
    let limit: Int
    let cancellation: CancellationFlag
    private(set) var body = Data()
    /// The header block of the latest response (a redirect or `100 Continue` starts a new one).
    private(set) var headers: [(String, String)] = []
    /// Set when the body grew past `limit`; the write callback then aborts the transfer.
    private(set) var exceededLimit = false
    /// libcurl writes its detailed message here (CURLOPT_ERRORBUFFER).
    let errorBuffer: UnsafeMutablePointer<CChar>

    init(limit: Int, cancellation: CancellationFlag) {
        self.limit = limit
        self.cancellation = cancellation
        errorBuffer = .allocate(capacity: Int(CURL_ERROR_SIZE) + 1)
        errorBuffer.initialize(repeating: 0, count: Int(CURL_ERROR_SIZE) + 1)
    }

    deinit { errorBuffer.deallocate() }

    var errorText: String { String(cString: errorBuffer) }

    /// Appends decoded body bytes; `false` (abort) once the body would exceed the limit.
    func receiveBody(_ bytes: UnsafeRawBufferPointer) -> Bool {
        guard body.count + bytes.count <= limit else {
            exceededLimit = true
            return false
        }
        body.append(contentsOf: bytes)
        return true
    }

    /// Takes one raw header line, CR LF included, as libcurl delivers it.
    func receiveHeaderLine(_ bytes: UnsafeRawBufferPointer) {
        var line = Self.decode(bytes)
        while let last = line.last, last.isNewline { line.removeLast() }
        if line.hasPrefix("HTTP/") {
            headers.removeAll()
        } else if let first = line.first, first == " " || first == "\t", let last = headers.popLast() {
            // An obsolete folded continuation line belongs to the previous header.
            headers.append((last.0, last.1 + " " + line.trimmingCharacters(in: .whitespaces)))
        } else if let colon = line.firstIndex(of: ":") {
            let name = String(line[..<colon])
            let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            headers.append((name, value))
        }
    }

    /// Header bytes are UTF-8 on almost every server; anything else is read as Latin-1, as browsers do.
    private static func decode(_ bytes: UnsafeRawBufferPointer) -> String {
        if let text = String(validating: bytes, as: UTF8.self) { return text }
        return String(bytes.map { Character(Unicode.Scalar($0)) })
    }
}

/// The C callbacks. Each is a closure literal without captures (P4); state arrives as userdata.
enum TransferCallbacks {
    static func install(on handle: EasyHandle, sink: TransferSink) -> Bool {
        let userdata = Unmanaged.passUnretained(sink).toOpaque()
        let results = [
            ccurl_setopt_writefn(handle.raw) { data, size, count, userdata in
                guard let userdata else { return 0 }
                let sink = Unmanaged<TransferSink>.fromOpaque(userdata).takeUnretainedValue()
                let bytes = UnsafeRawBufferPointer(start: data, count: size * count)
                return sink.receiveBody(bytes) ? size * count : 0
            },
            ccurl_setopt_ptr(handle.raw, CURLOPT_WRITEDATA, userdata),
            ccurl_setopt_headerfn(handle.raw) { data, size, count, userdata in
                guard let userdata else { return 0 }
                let sink = Unmanaged<TransferSink>.fromOpaque(userdata).takeUnretainedValue()
                sink.receiveHeaderLine(UnsafeRawBufferPointer(start: data, count: size * count))
                return size * count
            },
            ccurl_setopt_ptr(handle.raw, CURLOPT_HEADERDATA, userdata),
            // Called at least once a second even while idle, so cancellation is noticed within a second.
            ccurl_setopt_xferinfofn(handle.raw) { userdata, _, _, _, _ in
                guard let userdata else { return 0 }
                return Unmanaged<TransferSink>.fromOpaque(userdata).takeUnretainedValue().cancellation
                    .isCancelled ? 1 : 0
            },
            ccurl_setopt_ptr(handle.raw, CURLOPT_XFERINFODATA, userdata),
            ccurl_setopt_long(handle.raw, CURLOPT_NOPROGRESS, 0),
            ccurl_setopt_ptr(handle.raw, CURLOPT_ERRORBUFFER, UnsafeMutableRawPointer(sink.errorBuffer)),
        ]
        return results.allSatisfy { $0 == CURLE_OK }
    }
}
