import Foundation
import Glibc

/// Turns document bytes into valid UTF-8 for libxml2.
///
/// libxml2 stops parsing at the first byte its decoder rejects (and prints to stderr), while a browser
/// decodes every byte and shows U+FFFD for the bad ones. So decoding happens here, malformed input is
/// repaired the browser's way, and libxml2 always reads UTF-8 with the document's own encoding hints
/// ignored (`HTML_PARSE_IGNORE_ENC`).
enum HTMLDecoder {
    /// The UTF-8 bytes of `data` in `encoding`, after `skip` bytes of byte order mark, with NUL bytes
    /// replaced by U+FFFD: HTML treats NUL as an error character, and libxml2 would take leading NULs
    /// for a UTF-16 or UCS-4 signature.
    static func utf8(_ data: Data, from encoding: TextEncoding, skip: Int) -> Data {
        let decoded = decode(data, from: encoding, skip: skip)
        let hasNUL = decoded.withUnsafeBytes { raw in raw.baseAddress.map { memchr($0, 0, raw.count) != nil } ?? false }
        guard hasNUL else { return decoded }
        var out = Data(capacity: decoded.count + 16)
        for byte in decoded {
            if byte == 0 { out.append(contentsOf: [0xEF, 0xBF, 0xBD]) } else { out.append(byte) }
        }
        return out
    }

    private static func decode(_ data: Data, from encoding: TextEncoding, skip: Int) -> Data {
        let body = skip > 0 ? data.dropFirst(skip) : data
        switch encoding {
        case .utf8:
            let valid = body.withUnsafeBytes { UTF8Check.isValid($0) }
            return valid ? body : Data(String(decoding: body, as: UTF8.self).utf8)
        case .utf16LE: return utf16(body, bigEndian: false)
        case .utf16BE: return utf16(body, bigEndian: true)
        case .windows1252: return windows1252(body)
        case .iconv(let name): return iconv(body, from: name) ?? windows1252(body)
        }
    }

    private static func utf16(_ data: Data, bigEndian: Bool) -> Data {
        var units: [UInt16] = []
        units.reserveCapacity(data.count / 2)
        var iterator = data.makeIterator()
        while let first = iterator.next() {
            // An odd final byte cannot form a code unit; U+FFFD stands for it.
            guard let second = iterator.next() else {
                units.append(0xFFFD)
                break
            }
            units.append(bigEndian ? UInt16(first) << 8 | UInt16(second) : UInt16(second) << 8 | UInt16(first))
        }
        return Data(String(decoding: units, as: UTF16.self).utf8)
    }

    /// windows-1252 as the Encoding standard defines it: 0x80–0x9F map to typographic characters,
    /// and the five bytes Windows leaves undefined map to the C1 controls of the same value.
    static let windows1252High: [UInt16] = [
        0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152,
        0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122,
        0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
    ]

    private static func windows1252(_ data: Data) -> Data {
        var out = [UInt8]()
        out.reserveCapacity(data.count + data.count / 8)
        for byte in data {
            if byte < 0x80 {
                out.append(byte)
                continue
            }
            let scalar = (0x80...0x9F).contains(byte) ? windows1252High[Int(byte - 0x80)] : UInt16(byte)
            appendUTF8(UInt32(scalar), to: &out)
        }
        return Data(out)
    }

    /// Decodes with glibc iconv; each byte it rejects becomes U+FFFD. Nil if iconv lacks the encoding.
    private static func iconv(_ data: Data, from name: String) -> Data? {
        let descriptor = iconv_open("UTF-8", name)
        guard Int(bitPattern: descriptor) != -1 else { return nil }
        defer { iconv_close(descriptor) }
        var input = [UInt8](data)
        var out = [UInt8]()
        out.reserveCapacity(data.count * 2)
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        var consumed = 0
        while consumed < input.count {
            let (read, written, failure) = convert(descriptor, &input, from: consumed, into: &chunk)
            consumed += read
            out.append(contentsOf: chunk[0..<written])
            switch failure {
            case nil, E2BIG?: continue
            default:
                // EILSEQ or an incomplete final sequence: replace one byte and go on.
                appendUTF8(0xFFFD, to: &out)
                consumed += 1
                _ = Glibc.iconv(descriptor, nil, nil, nil, nil)
            }
        }
        return Data(out)
    }

    /// One iconv call: bytes read, bytes written, and errno when it stopped early.
    private static func convert(
        _ descriptor: iconv_t?, _ input: inout [UInt8], from start: Int, into chunk: inout [UInt8]
    ) -> (Int, Int, Int32?) {
        input.withUnsafeMutableBufferPointer { inBuffer in
            chunk.withUnsafeMutableBufferPointer { outBuffer in
                let inBase = inBuffer.baseAddress.map { UnsafeMutableRawPointer($0 + start) }
                var inPointer = inBase?.assumingMemoryBound(to: CChar.self)
                var inLeft = inBuffer.count - start
                var outPointer = outBuffer.baseAddress.map { UnsafeMutableRawPointer($0) }?
                    .assumingMemoryBound(to: CChar.self)
                var outLeft = outBuffer.count
                let result = Glibc.iconv(descriptor, &inPointer, &inLeft, &outPointer, &outLeft)
                let failure: Int32? = result == -1 ? errno : nil
                return (inBuffer.count - start - inLeft, outBuffer.count - outLeft, failure)
            }
        }
    }

    static func appendUTF8(_ scalar: UInt32, to out: inout [UInt8]) {
        switch scalar {
        case 0..<0x80:
            out.append(UInt8(scalar))
        case 0x80..<0x800:
            out += [UInt8(0xC0 | scalar >> 6), UInt8(0x80 | scalar & 0x3F)]
        case 0x800..<0x10000:
            out += [UInt8(0xE0 | scalar >> 12), UInt8(0x80 | scalar >> 6 & 0x3F), UInt8(0x80 | scalar & 0x3F)]
        default:
            out += [
                UInt8(0xF0 | scalar >> 18), UInt8(0x80 | scalar >> 12 & 0x3F), UInt8(0x80 | scalar >> 6 & 0x3F),
                UInt8(0x80 | scalar & 0x3F),
            ]
        }
    }
}
