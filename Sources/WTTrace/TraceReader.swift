import WTDiagnostics

/// Reads `trace.json` into a `Trace`, keeping positions so every problem is reported where it is written
/// (`trace.json:14:7`), not as "step 3".
///
/// The reader emits and goes on: one pass reports every wrong type, missing or unknown member, unknown
/// action, misnumbered step, out-of-range `failedStep` and unsafe file path. Only malformed JSON, an empty
/// file, a root that is not an object, or a `version` other than `Trace.currentVersion` stop it early.
/// Member names are the model's property names, except `startUrl`, `default` (a parameter's
/// `defaultValue`) and `attributes`, an object of names to values; `grammar/trace.schema.json` has them all.
public enum TraceReader {
    /// The trace in `file`, or nil when any error was reported to `diagnostics`.
    public static func read(_ file: SourceFile, diagnostics: inout DiagnosticEngine) -> Trace? {
        decode(file, diagnostics: &diagnostics)?.trace
    }

    /// The trace and the snapshot and response paths it references, with their positions.
    static func decode(
        _ file: SourceFile, diagnostics: inout DiagnosticEngine
    ) -> (trace: Trace, paths: [TracePathReference])? {
        var decoder = TraceDecoder(file: file, limit: max(0, diagnostics.limit - diagnostics.diagnostics.count))
        let trace = decoder.decodeDocument()
        diagnostics.append(contentsOf: decoder.diagnostics)
        guard let trace, !decoder.hasErrors else { return nil }
        return (trace, decoder.paths)
    }
}
