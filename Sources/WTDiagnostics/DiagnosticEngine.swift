/// Collects the diagnostics of one run of one or more stages. Stages take it `inout`, emit and go on;
/// they throw only when they cannot continue (see CONVENTIONS.md #4).
public struct DiagnosticEngine: Sendable {
    public private(set) var diagnostics: [Diagnostic] = []
    /// Stops collecting after this many, so a pathological input cannot produce gigabytes of output.
    public var limit: Int

    public init(limit: Int = 500) {
        self.limit = limit
    }

    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
    public var errorCount: Int { diagnostics.count { $0.severity == .error } }
    /// True once `limit` diagnostics were collected; later ones are dropped.
    public var isFull: Bool { diagnostics.count >= limit }

    public mutating func emit(_ diagnostic: Diagnostic) {
        guard !isFull else { return }
        diagnostics.append(diagnostic)
    }

    /// Emits `message` at `range` of `file`.
    public mutating func emit(
        _ message: DiagnosticMessage, at range: SourceRange, in file: SourceFile, help: String? = nil,
        notes: [Diagnostic.Note] = []
    ) {
        emit(Diagnostic(message, span: file.span(of: range), help: help, notes: notes))
    }

    public mutating func append(contentsOf other: [Diagnostic]) {
        for diagnostic in other { emit(diagnostic) }
    }

    /// Diagnostics in source order (stable for equal positions), the order people read them in.
    public var sorted: [Diagnostic] {
        diagnostics.enumerated().sorted { a, b in
            let pa = a.element.span.map { ($0.path, $0.start.line, $0.start.column) } ?? ("", 0, 0)
            let pb = b.element.span.map { ($0.path, $0.start.line, $0.start.column) } ?? ("", 0, 0)
            return pa != pb ? pa < pb : a.offset < b.offset
        }.map(\.element)
    }
}
