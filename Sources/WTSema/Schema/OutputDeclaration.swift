import WTDiagnostics

/// One `output name: type` declaration of a program, as the output-schema check needs it: the run's
/// result is a JSON object with one property per declaration.
public struct OutputDeclaration: Sendable, Hashable {
    public var name: String
    public var type: WTType
    /// The declaration in the program; every finding about this output is placed here.
    public var span: SourceSpan

    public init(name: String, type: WTType, span: SourceSpan) {
        self.name = name
        self.type = type
        self.span = span
    }
}
