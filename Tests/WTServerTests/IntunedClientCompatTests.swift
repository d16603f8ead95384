import Foundation
import Testing
import WTTestSupport

/// Whether the compatibility script can run here: python3 on PATH and not switched off.
enum CompatEnvironment {
    static var runnable: Bool {
        ProcessInfo.processInfo.environment["WTC_SKIP_COMPAT"] == nil
            && (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":").contains {
                FileManager.default.isExecutableFile(atPath: "\($0)/python3")
            }
    }
}

/// Runs bench/compat/intuned_client.sh: the hosted product's published Python client against
/// `wtc-fake-api`, sync and async, every state. Needs python3 (and PyPI the first time, to install the
/// client into bench/.venv/compat); set WTC_SKIP_COMPAT=1 to skip it.
@Suite(
    "intuned-client compatibility",
    .enabled(if: CompatEnvironment.runnable))
struct IntunedClientCompatTests {
    static let script = Paths.repositoryRoot().appendingPathComponent("bench/compat/intuned_client.sh")
    static var fakeAPI: URL { Paths.wtcBinary.deletingLastPathComponent().appendingPathComponent("wtc-fake-api") }

    @Test("the published client starts, polls and parses every state, sync and async")
    func publishedClient() throws {
        #expect(FileManager.default.isExecutableFile(atPath: Self.fakeAPI.path), "build wtc-fake-api first")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = [Self.script.path]
        var environment = ProcessInfo.processInfo.environment
        environment["WTC_FAKE_API"] = Self.fakeAPI.path
        // Then the same client against a real `wtc serve` with the demo's recorded conversation.
        environment["WTC_BINARY"] = Paths.wtcBinary.path
        process.environment = environment
        let out = Pipe()
        process.standardOutput = out
        process.standardError = out
        try process.run()
        let output = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(output)")
        #expect(output.contains(" passed, 0 failed"), "\(output)")
        #expect(!output.contains("FAIL"), "\(output)")
        #expect(output.contains("ok   async 3: program replayed, $0 AI"), "the run against wtc serve: \(output)")
    }
}
