import CDP
import Foundation
import Glibc

/// WebSocket framing (RFC 6455 §5): clients mask every frame they send; servers never mask.
enum Frames {
    static func encode(text: Data) -> [UInt8] { encode(opcode: 0x1, payload: [UInt8](text)) }

    static func encode(opcode: UInt8, payload: [UInt8]) -> [UInt8] {
        var frame: [UInt8] = [0x80 | opcode]
        let count = payload.count
        if count < 126 {
            frame.append(0x80 | UInt8(count))
        } else if count <= 0xFFFF {
            frame.append(0x80 | 126)
            frame += [UInt8(count >> 8), UInt8(count & 0xFF)]
        } else {
            frame.append(0x80 | 127)
            frame += (0..<8).reversed().map { UInt8((UInt64(count) >> (UInt64($0) * 8)) & 0xFF) }
        }
        let mask = (0..<4).map { _ in UInt8.random(in: 0...255) }
        frame += mask
        frame += payload.enumerated().map { $1 ^ mask[$0 & 3] }
        return frame
    }
}

/// Reads frames from the socket on the transport's thread and reassembles fragmented messages.
final class FrameReader: @unchecked Sendable {
    // @unchecked: used only by the one reader thread that owns it.
    private let socket: Int32
    private var buffer: [UInt8]
    private var position = 0
    /// Messages larger than this end the connection (a broken or hostile peer).
    static let maximumMessage = 256 << 20

    init(socket: Int32, buffered: [UInt8]) {
        self.socket = socket
        self.buffer = buffered
    }

    /// Delivers text messages until the peer closes; returns why the connection ended.
    func run(onMessage: (Data) -> Void, pong: ([UInt8]) -> Void) -> String {
        var message: [UInt8] = []
        while true {
            guard let header = read(2) else { return "the browser closed the WebSocket" }
            let fin = header[0] & 0x80 != 0
            let opcode = header[0] & 0x0F
            guard let length = payloadLength(header[1] & 0x7F), length <= Self.maximumMessage else {
                return "the browser sent a frame that is too large"
            }
            let masked = header[1] & 0x80 != 0
            guard let mask = masked ? read(4) : [], var payload = read(length) else {
                return "the WebSocket ended in the middle of a frame"
            }
            if masked { payload = payload.enumerated().map { $1 ^ mask[$0 & 3] } }
            switch opcode {
            case 0x0, 0x1, 0x2:
                message += payload
                if fin {
                    onMessage(Data(message))
                    message = []
                }
            case 0x8: return "the browser closed the WebSocket"
            case 0x9: pong(payload)
            default: continue
            }
        }
    }

    private func payloadLength(_ short: UInt8) -> Int? {
        switch short {
        case 126: return read(2).map { Int($0[0]) << 8 | Int($0[1]) }
        case 127: return read(8).map { $0.reduce(0) { $0 << 8 | Int($1) } }
        default: return Int(short)
        }
    }

    /// Exactly `count` bytes, or nil when the socket ends first.
    private func read(_ count: Int) -> [UInt8]? {
        while buffer.count - position < count {
            if position > 0 {
                buffer.removeFirst(position)
                position = 0
            }
            var chunk = [UInt8](repeating: 0, count: max(65_536, count))
            let n = chunk.withUnsafeMutableBytes { Glibc.read(socket, $0.baseAddress, $0.count) }
            if n <= 0 { return nil }
            buffer += chunk[0..<n]
        }
        let bytes = Array(buffer[position..<(position + count)])
        position += count
        return bytes
    }
}
