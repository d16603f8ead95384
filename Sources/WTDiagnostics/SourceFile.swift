import Foundation

/// A source text with its path, and the index needed to turn byte offsets into 1-based line:column.
///
/// Offsets are UTF-8 byte offsets into `text`; columns count Unicode scalars from the line start, so a
/// caret lines up under the character a person sees in an editor (tabs aside, which the renderer copies).
public struct SourceFile: Sendable {
    /// The path as the user gave it; diagnostics print it unchanged.
    public let path: String
    /// The decoded text. Invalid UTF-8 has been replaced by U+FFFD (see `SourceLoader`).
    public let text: String
    /// The UTF-8 bytes of `text`, kept once so lexers can scan bytes without re-encoding.
    public let utf8: [UInt8]
    private let lineStarts: [Int]

    public init(path: String, text: String) {
        self.path = path
        self.text = text
        self.utf8 = Array(text.utf8)
        var starts = [0]
        for (i, byte) in utf8.enumerated() where byte == UInt8(ascii: "\n") {
            starts.append(i + 1)
        }
        self.lineStarts = starts
    }

    /// Number of lines (a final line without a newline counts; an empty file has one empty line).
    public var lineCount: Int { lineStarts.count }

    /// The 1-based line:column of a byte offset. Offsets past the end clamp to the end of the file.
    public func location(of offset: Int) -> SourceLocation {
        let clamped = max(0, min(offset, utf8.count))
        var lo = 0
        var hi = lineStarts.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if lineStarts[mid] <= clamped { lo = mid } else { hi = mid - 1 }
        }
        let column = scalarCount(from: lineStarts[lo], to: clamped) + 1
        return SourceLocation(line: lo + 1, column: column, offset: clamped)
    }

    /// The resolved span of a byte range, for printing.
    public func span(of range: SourceRange) -> SourceSpan {
        SourceSpan(path: path, start: location(of: range.start), end: location(of: max(range.start, range.end)))
    }

    /// The text of a 1-based line without its newline; empty for lines out of range.
    public func lineText(_ line: Int) -> String {
        guard line >= 1, line <= lineStarts.count else { return "" }
        let start = lineStarts[line - 1]
        var end = line < lineStarts.count ? lineStarts[line] - 1 : utf8.count
        if end > start, utf8[end - 1] == UInt8(ascii: "\r") { end -= 1 }
        return String(decoding: utf8[start..<max(start, end)], as: UTF8.self)
    }

    /// Counts scalars by counting UTF-8 lead bytes (bytes that are not 10xxxxxx continuation bytes).
    private func scalarCount(from start: Int, to end: Int) -> Int {
        var count = 0
        var i = start
        while i < end {
            if utf8[i] & 0xC0 != 0x80 { count += 1 }
            i += 1
        }
        return count
    }
}
