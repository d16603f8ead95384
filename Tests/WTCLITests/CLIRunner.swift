import Foundation
import WTTestSupport

/// Runs the built `wtc` binary with arguments and optional stdin; returns exit status and both streams.
struct CLIResult {
    var status: Int32
    var stdout: String
    var stderr: String
}

enum CLI {
    /// Runs `wtc arguments…` (with `NO_COLOR`) and returns once it has exited and both streams are read
    /// (`ProcessRunner`: the wait is on a thread of its own).
    static func run(
        _ arguments: [String], stdin: Data? = nil, in directory: URL? = nil, environment extra: [String: String] = [:]
    ) async throws -> CLIResult {
        var environment = ["NO_COLOR": "1"]
        environment.merge(extra) { _, new in new }
        let output = try await ProcessRunner.run(
            Paths.wtcBinary, arguments, environment: environment, stdin: stdin, in: directory)
        return CLIResult(status: output.status, stdout: output.stdout, stderr: output.stderr)
    }

    /// A fresh temporary folder for files a test writes.
    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("wtc-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
