import WTDiagnostics

extension StringLiteral {
    /// Maps a UTF-8 byte offset within the *decoded* text of a literal with no interpolation to the byte offset in
    /// the source file (accounting for the opening quote and escapes). Used by the checker to point inside selector
    /// strings. An offset inside an escape maps to the escape's backslash; one past the end maps to the closing quote.
    public func sourceOffset(ofDecodedOffset decoded: Int, in file: SourceFile) -> Int {
        let bytes = file.utf8
        let end = min(range.end, bytes.count)
        var source = min(range.start + 1, end)
        var remaining = max(0, decoded)
        // The closing quote is not part of the text; stop before it when the literal is terminated.
        let textEnd = end > source && end - 1 < bytes.count && bytes[end - 1] == UInt8(ascii: "\"") ? end - 1 : end
        while remaining > 0, source < textEnd {
            // An escape is two source bytes for one decoded byte.
            source += bytes[source] == UInt8(ascii: "\\") && source + 1 < textEnd ? 2 : 1
            remaining -= 1
        }
        return source
    }
}
