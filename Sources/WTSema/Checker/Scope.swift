import WTDiagnostics

/// A name the checker knows, with where it was declared (for "first declared here" notes).
struct Symbol {
    enum Kind: String {
        case parameter, output, variable
        case loopVariable = "loop variable"
    }

    var name: String
    var kind: Kind
    var type: WTType
    var range: SourceRange
    var assigned = false
}

/// Nested lexical scopes: parameters and outputs live in the outermost one; variables live in the block
/// where they are first bound and the blocks inside it.
struct Scopes {
    private var frames: [[String: Symbol]] = [[:]]

    mutating func push() { frames.append([:]) }
    mutating func pop() { if frames.count > 1 { frames.removeLast() } }

    func lookup(_ name: String) -> Symbol? {
        for frame in frames.reversed() {
            if let symbol = frame[name] { return symbol }
        }
        return nil
    }

    /// Declares in the innermost scope; returns the existing symbol instead when the name is taken anywhere.
    @discardableResult
    mutating func declare(_ symbol: Symbol) -> Symbol? {
        if let existing = lookup(symbol.name) { return existing }
        frames[frames.count - 1][symbol.name] = symbol
        return nil
    }

    /// Records an assignment (for "output never assigned"), wherever the symbol lives.
    mutating func markAssigned(_ name: String) {
        for i in frames.indices.reversed() where frames[i][name] != nil {
            frames[i][name]?.assigned = true
            return
        }
    }

    /// Every name visible now, for "did you mean" suggestions.
    var visibleNames: [String] { frames.flatMap(\.keys) }

    /// The outermost scope's symbols (parameters and outputs).
    var globals: [Symbol] { Array(frames[0].values) }
}
