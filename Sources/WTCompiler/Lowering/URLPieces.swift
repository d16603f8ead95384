/// Pieces of an address between `/`, `?`, `&`, `=` and `#`, separators kept as pieces of their own.
enum URLPieces {
    static func split(_ text: String) -> [String] {
        var out: [String] = []
        var piece = ""
        for ch in text {
            if "/?&=#".contains(ch) {
                if !piece.isEmpty { out.append(piece) }
                out.append(String(ch))
                piece = ""
            } else {
                piece.append(ch)
            }
        }
        if !piece.isEmpty { out.append(piece) }
        return out
    }
}
