import Foundation

/// What a finished process printed, and its exit status.
public struct ProcessOutput: Sendable {
    public var status: Int32
    public var stdout: String
    public var stderr: String
}

/// Runs a program to its end for a test. Async, and the waiting happens on a thread of its own: a test
/// blocked in `waitUntilExit` would hold one of the few threads (two on a 2-core machine) that every async
/// test of the process shares, and a browser test next to two such waits stalled for seconds and missed its
/// step deadline. Both pipes are read while the process runs, so a large output never blocks it.
public enum ProcessRunner {
    /// Runs `executable arguments…` with `environment` added to this process's, `stdin` written and then
    /// closed, in `directory`; with a `deadline`, a process still running then is ended, so the test fails on
    /// its status instead of hanging.
    public static func run(
        _ executable: URL, _ arguments: [String], environment extra: [String: String] = [:], stdin: Data? = nil,
        in directory: URL? = nil, deadline: Duration? = nil
    ) async throws -> ProcessOutput {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        process.environment = ProcessInfo.processInfo.environment.merging(extra) { _, new in new }
        let out = Pipe()
        let err = Pipe()
        let input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        if let deadline {
            let seconds = Double(deadline.components.seconds) + Double(deadline.components.attoseconds) / 1e18
            DispatchQueue.global().asyncAfter(deadline: .now() + seconds) {
                if process.isRunning { process.terminate() }
            }
        }
        return await withCheckedContinuation { continuation in
            Thread.detachNewThread {
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
                    returning: ProcessOutput(
                        status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                        stderr: String(decoding: errData, as: UTF8.self)))
            }
        }
    }
}
