import Foundation

/// A tiny gzip and zlib encoder for test servers: valid streams made of *stored* (uncompressed) deflate
/// blocks, so a client's real decoder is exercised without linking zlib.
public enum Gzip {
    /// `data` as a gzip member (RFC 1952): header, stored deflate blocks, CRC-32 and length.
    public static func encode(_ data: Data) -> Data {
        // Magic, CM=8 (deflate), no flags, no mtime, XFL=0, OS=255 (unknown).
        var out = Data([0x1F, 0x8B, 0x08, 0x00, 0, 0, 0, 0, 0x00, 0xFF])
        appendStoredBlocks(data, to: &out)
        appendLittleEndian(crc32(data), to: &out)
        appendLittleEndian(UInt32(truncatingIfNeeded: data.count), to: &out)
        return out
    }

    /// `data` as a zlib stream (RFC 1950), which is what HTTP calls `Content-Encoding: deflate`.
    public static func zlibEncode(_ data: Data) -> Data {
        // CMF=0x78 (deflate, 32 KiB window), FLG=0x01 makes CMF*256+FLG a multiple of 31.
        var out = Data([0x78, 0x01])
        appendStoredBlocks(data, to: &out)
        let checksum = adler32(data)
        out.append(contentsOf: [24, 16, 8, 0].map { UInt8(truncatingIfNeeded: checksum >> $0) })
        return out
    }

    /// Deflate stored blocks (RFC 1951 §3.2.4): each starts byte-aligned with BFINAL and BTYPE=00 in its
    /// first byte, then LEN and its ones' complement, then up to 65,535 raw bytes.
    static func appendStoredBlocks(_ data: Data, to out: inout Data) {
        let bytes = [UInt8](data)
        var start = 0
        repeat {
            let length = min(65_535, bytes.count - start)
            let isLast = start + length == bytes.count
            out.append(isLast ? 0x01 : 0x00)
            appendLittleEndian(UInt16(length), to: &out)
            appendLittleEndian(~UInt16(length), to: &out)
            out.append(contentsOf: bytes[start..<start + length])
            start += length
        } while start < bytes.count
    }

    /// CRC-32 as gzip uses it (reflected polynomial 0xEDB88320).
    public static func crc32(_ data: Data) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in data {
            crc = crcTable[Int((crc ^ UInt32(byte)) & 0xFF)] ^ (crc >> 8)
        }
        return ~crc
    }

    /// Adler-32 as zlib uses it.
    public static func adler32(_ data: Data) -> UInt32 {
        var a: UInt32 = 1
        var b: UInt32 = 0
        for byte in data {
            a = (a + UInt32(byte)) % 65_521
            b = (b + a) % 65_521
        }
        return b << 16 | a
    }

    private static let crcTable: [UInt32] = (0..<256).map { index in
        var value = UInt32(index)
        for _ in 0..<8 { value = value & 1 == 1 ? 0xEDB8_8320 ^ (value >> 1) : value >> 1 }
        return value
    }

    private static func appendLittleEndian<T: FixedWidthInteger>(_ value: T, to out: inout Data) {
        for shift in stride(from: 0, to: T.bitWidth, by: 8) { out.append(UInt8(truncatingIfNeeded: value >> shift)) }
    }
}
