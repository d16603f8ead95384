import Foundation
import WTTestSupport

/// Runs the built `wtc` binary with arguments and optional stdin; returns exit status and both streams.
struct CLIResult {
    var status: Int32
    var stdout: String
    var stderr: String
}

enum CLI {
    /// Runs `wtc arguments…` and returns once it has exited and both streams are read. Async, and the waiting
    /// happens on a thread of its own: a test blocked in `waitUntilExit` would hold one of the few threads
    /// (two on a 2-core machine) that every async test of the process shares, and a browser test next to
    /// two such waits stalled for seconds and missed its step deadline.
    static func run(
        _ arguments: [String], stdin: Data? = nil, in directory: URL? = nil, environment extra: [String: String] = [:]
    ) async throws -> CLIResult {
        let process = Process()
        process.executableURL = Paths.wtcBinary
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = "1"
        environment.merge(extra) { _, new in new }
        process.environment = environment
        let out = Pipe()
        let err = Pipe()
        let input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        return await withCheckedContinuation { continuation in
            Thread.detachNewThread {
                // Read both pipes concurrently with the process so a large output never blocks it.
                let group = DispatchGroup()
                nonisolated(unsafe) var outData = Data()
                nonisolated(unsafe) var errData = Data()
                DispatchQueue.global().async(group: group) { outData = out.fileHandleForReading.readDataToEndOfFile() }
                DispatchQueue.global().async(group: group) { errData = err.fileHandleForReading.readDataToEndOfFile() }
                if let stdin { input.fileHandleForWriting.write(stdin) }
                try? input.fileHandleForWriting.close()
                process.waitUntilExit()
                group.wait()
                continuation.resume(
                    returning: CLIResult(
                        status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                        stderr: String(decoding: errData, as: UTF8.self)))
            }
        }
    }

    /// A fresh temporary folder for files a test writes.
    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("wtc-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
