import WTDiagnostics

/// Why the model catalog configuration could not be used: the file named by `WTC_MODEL_CATALOG` is
/// missing or not a catalog. Carries a located diagnostic (`catalog.json:3:14: error: … [models.catalog]`).
public struct ModelCatalogError: Error, Sendable, CustomStringConvertible {
    /// The problem, placed in the file when it could be read.
    public let diagnostic: Diagnostic
    /// The file, when it could be read, so the diagnostic can be rendered with its line.
    public let source: SourceFile?

    init(_ message: DiagnosticMessage, in source: SourceFile? = nil, at range: SourceRange? = nil) {
        self.source = source
        self.diagnostic = Diagnostic(message, span: range.flatMap { range in source.map { $0.span(of: range) } })
    }

    /// `path:line:col: error: text [id]`, or `error: text [id]` without a place.
    public var description: String {
        let place = diagnostic.span.map { "\($0): " } ?? ""
        return "\(place)error: \(diagnostic.text) [\(diagnostic.id)]"
    }
}

/// The messages of the catalog reader; one id for every problem with the file, since callers only need
/// to know the configuration is wrong and the text says how.
enum ModelCatalogMessages {
    static let id = "models.catalog"

    private static func error(_ text: String) -> DiagnosticMessage { DiagnosticMessage(id, .error, text) }

    static func unreadable(_ path: String) -> DiagnosticMessage {
        error("cannot read the model catalog \(path) (named by WTC_MODEL_CATALOG); check the path")
    }
    static func notJSON(_ problem: String) -> DiagnosticMessage {
        error("the model catalog is not JSON: \(problem)")
    }
    static func expected(_ what: String, at path: String, found: String) -> DiagnosticMessage {
        error("\(path) must be \(what), found \(found)")
    }
    static func unknownMember(_ key: String, at path: String, allowed: [String]) -> DiagnosticMessage {
        error("unknown member '\(key)' in \(path); expected \(allowed.joined(separator: ", "))")
    }
    static func missingRate(_ key: String, at path: String) -> DiagnosticMessage {
        error("\(path) has no '\(key)' (USD per million tokens; write 0 for a free model)")
    }
}
