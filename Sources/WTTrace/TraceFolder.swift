import Foundation
import WTDiagnostics

/// A trace on disk: `trace.json` and the snapshot and response files beside it.
///
///     var diagnostics = DiagnosticEngine()
///     let folder = try TraceFolder.load(path: "traces/login", diagnostics: &diagnostics)
///     let html = try folder?.html(for: step.before?.snapshot ?? "")
public struct TraceFolder: Sendable {
    /// Snapshot and response files larger than this are refused by `html(for:)`.
    public static let maximumHTMLBytes = 64 * 1024 * 1024

    /// The folder holding `trace.json`; snapshot paths are relative to it.
    public let directory: URL
    /// The trace file as read, for diagnostics that point into it.
    public let source: SourceFile
    public let trace: Trace

    /// Loads a trace from `path`: a `trace.json` file (any name works) or a folder holding one. Reports the
    /// trace's problems and every referenced snapshot or response file that does not exist (at the path's
    /// position in `trace.json`) to `diagnostics`, and returns nil when any error was reported.
    ///
    /// Throws when there is nothing to read: `.missing` for a path or folder without a trace (exit 66),
    /// `.invalid` for a file that is not text or is too large (exit 65).
    public static func load(
        path: String, diagnostics: inout DiagnosticEngine
    ) throws(SourceLoader.Failure) -> TraceFolder? {
        let filePath = try tracePath(for: path)
        let file: SourceFile
        let problems: [Diagnostic]
        switch SourceLoader.load(path: filePath, as: .trace) {
        case .failure(let failure): throw failure
        case .success(let loaded): (file, problems) = loaded
        }
        diagnostics.append(contentsOf: problems)
        let directory = URL(fileURLWithPath: filePath).deletingLastPathComponent()
        guard let (trace, paths) = TraceReader.decode(file, diagnostics: &diagnostics) else { return nil }
        let missing = paths.filter { !isFile(directory.appendingPathComponent($0.path)) }
        for reference in missing {
            diagnostics.emit(
                TraceMessages.missingFile(reference.key, reference.path), at: reference.range, in: file,
                help: TraceMessages.missingFileHelp(reference.key, directory.path))
        }
        guard missing.isEmpty, !problems.contains(where: { $0.severity == .error }) else { return nil }
        return TraceFolder(directory: directory, source: file, trace: trace)
    }

    /// The text of the snapshot or response file at `relativePath`, decoded as UTF-8 (invalid bytes become
    /// U+FFFD).
    public func html(for relativePath: String) throws(TraceFolderError) -> String {
        guard TracePath.isSafe(relativePath) else { throw TraceFolderError(.badPath, relativePath) }
        let url = directory.appendingPathComponent(relativePath)
        guard Self.isFile(url) else { throw TraceFolderError(.missing, relativePath) }
        let size = (try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int) ?? 0
        guard size <= Self.maximumHTMLBytes else { throw TraceFolderError(.tooLarge(size), relativePath) }
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw TraceFolderError(.unreadable, relativePath)
        }
        return String(decoding: data, as: UTF8.self)
    }

    /// The trace file for `path`: the path itself, or `trace.json` inside it when it is a folder.
    private static func tracePath(for path: String) throws(SourceLoader.Failure) -> String {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else {
            return path
        }
        let inside = URL(fileURLWithPath: path).appendingPathComponent("trace.json").path
        guard FileManager.default.fileExists(atPath: inside) else {
            let diagnostic = Diagnostic(
                TraceMessages.noTraceFile(path), span: nil, help: TraceMessages.noTraceFileHelp)
            throw .missing(diagnostic)
        }
        return (path.hasSuffix("/") ? path : path + "/") + "trace.json"
    }

    private static func isFile(_ url: URL) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) && !isDirectory.boolValue
    }
}
