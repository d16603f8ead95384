import WTDiagnostics

/// Why `TraceFolder.html(for:)` or `TraceWriter.write` could not use a snapshot file.
public struct TraceFolderError: Error, Sendable, Hashable, CustomStringConvertible {
    enum Kind: Sendable, Hashable {
        case badPath, missing, unreadable
        case tooLarge(Int)
    }

    let kind: Kind
    /// The path concerned, relative to the trace folder as given.
    public let path: String

    init(_ kind: Kind, _ path: String) {
        self.kind = kind
        self.path = path
    }

    /// The problem as a catalog message, with a stable id (`trace.bad-path`, `trace.missing-snapshot`, …).
    public var message: DiagnosticMessage {
        switch kind {
        case .badPath: TraceMessages.badPath("snapshot", path)
        case .missing: TraceMessages.missingFile("snapshot", path)
        case .unreadable: TraceMessages.unreadable(path)
        case .tooLarge(let size): TraceMessages.tooLarge(path, size)
        }
    }

    public var description: String { message.text }
}
