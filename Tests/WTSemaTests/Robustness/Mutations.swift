import Foundation
import WTTestSupport

/// Inputs derived from the sample programs by truncation, byte flips, token deletion and duplication,
/// and invalid UTF-8, deterministic for a seed.
enum Mutations {
    static func samples() -> [[UInt8]] {
        Paths.samplePrograms().compactMap { try? Data(contentsOf: $0) }.map { [UInt8]($0) }
    }

    /// Every prefix of every sample: truncation at every byte, so every offset class (mid-token, mid-string,
    /// inside a UTF-8 sequence, after `{`) is covered.
    static func truncations(_ samples: [[UInt8]]) -> [[UInt8]] {
        samples.flatMap { bytes in (0..<bytes.count).map { Array(bytes[..<$0]) } }
    }

    static func byteFlips(_ samples: [[UInt8]], count: Int, seed: UInt64) -> [[UInt8]] {
        var random = SeededRandom(seed: seed)
        let interesting: [UInt8] = [0x7B, 0x7D, 0x22, 0x5C, 0x0A, 0x23, 0x7C, 0x2B, 0x3D, 0x20, 0xFF, 0xC3, 0x80]
        return (0..<count).map { _ in
            var bytes = random.pick(samples)
            for _ in 0..<Int.random(in: 1...4, using: &random) where !bytes.isEmpty {
                let i = Int.random(in: 0..<bytes.count, using: &random)
                bytes[i] = random.chance(0.5) ? random.pick(interesting) : UInt8.random(in: 1...255, using: &random)
            }
            return bytes
        }
    }

    /// Token-level edits: delete or duplicate one whitespace-separated token.
    static func tokenEdits(_ samples: [[UInt8]], count: Int, seed: UInt64) -> [[UInt8]] {
        var random = SeededRandom(seed: seed)
        return (0..<count).map { _ in
            let text = String(decoding: random.pick(samples), as: UTF8.self)
            var tokens = text.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
            guard !tokens.isEmpty else { return [] }
            let i = Int.random(in: 0..<tokens.count, using: &random)
            if random.chance(0.5) { tokens.remove(at: i) } else { tokens.insert(tokens[i], at: i) }
            return Array(tokens.joined(separator: " ").utf8)
        }
    }

    /// Invalid UTF-8 sequences spliced in at random places.
    static func invalidUTF8(_ samples: [[UInt8]], count: Int, seed: UInt64) -> [[UInt8]] {
        var random = SeededRandom(seed: seed)
        let junk: [[UInt8]] = [
            [0xFF], [0xC3], [0xE2, 0x82], [0xED, 0xA0, 0x80], [0xF8, 0x88, 0x80, 0x80], [0x80, 0x80],
        ]
        return (0..<count).map { _ in
            var bytes = random.pick(samples)
            bytes.insert(contentsOf: random.pick(junk), at: Int.random(in: 0...bytes.count, using: &random))
            return bytes
        }
    }
}
