import Foundation

/// Writes traces: `trace.json` as deterministic pretty JSON, and whole trace folders.
///
/// `TraceReader.read` of `json(trace)` gives `trace` back, for every trace whose numbers are finite (JSON
/// has no NaN or infinity; they are written as `null`).
public enum TraceWriter {
    /// The trace as JSON: two-space indentation, members in model order, integral numbers without `.0`,
    /// strings escaped (control characters and U+2028/U+2029 included), ending with a newline.
    public static func json(_ trace: Trace) -> String {
        var printer = JSONPrinter()
        printer.print(trace.jsonOutput)
        return printer.text + "\n"
    }

    /// Writes `trace.json` and the `snapshots` (relative path → HTML) into `directory`, creating it and any
    /// subfolders. Throws `TraceFolderError` for a snapshot path that is absolute or contains `..`, before
    /// anything is written, and the file system's error when a write fails.
    public static func write(_ trace: Trace, snapshots: [String: String], to directory: URL) throws {
        if let unsafe = snapshots.keys.sorted().first(where: { !TracePath.isSafe($0) }) {
            throw TraceFolderError(.badPath, unsafe)
        }
        let files = FileManager.default
        try files.createDirectory(at: directory, withIntermediateDirectories: true)
        try Data(json(trace).utf8).write(to: directory.appendingPathComponent("trace.json"), options: .atomic)
        for path in snapshots.keys.sorted() {
            let url = directory.appendingPathComponent(path)
            try files.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data((snapshots[path] ?? "").utf8).write(to: url, options: .atomic)
        }
    }
}
