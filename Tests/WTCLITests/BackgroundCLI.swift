import Foundation
import WTTestSupport

#if canImport(Glibc)
    import Glibc
#endif

/// The built `wtc` running in the background, for tests that act on a run while it is in a step
/// (interrupt it, kill its browser). Its stderr is collected as it arrives, so a test waits for an event —
/// a progress line, the exit — with a deadline, never for a fixed time. Started with `posix_spawn`
/// (`SpawnedChild`), not Foundation's `Process`, whose `run()` crashed when tests started processes at once.
final class BackgroundCLI: @unchecked Sendable {
    let process: BackgroundProcess
    private let condition = NSCondition()
    // Guarded by `condition`.
    private var errData = Data()
    private var stderrClosed = false
    private var exited = false

    /// Starts `wtc arguments…` with `NO_COLOR` and `environment` added; stdout is discarded.
    init(_ arguments: [String], environment extra: [String: String] = [:]) throws {
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = "1"
        environment.merge(extra) { _, new in new }
        let child = try SpawnedChild(
            Paths.wtcBinary.path, arguments, environment: environment, directory: nil, discardingOutput: true)
        close(child.stdin)
        process = BackgroundProcess(child: child)
        // Threads of their own read stderr until end of file and wait for the exit.
        Thread.detachNewThread { [weak self] in
            var buffer = [UInt8](repeating: 0, count: 4096)
            while true {
                let n = read(child.stderr, &buffer, buffer.count)
                if n < 0 && errno == EINTR { continue }
                guard n > 0 else { break }
                let chunk = Data(buffer[0..<n])
                self?.update { $0.errData.append(chunk) }
            }
            close(child.stderr)
            self?.update { $0.stderrClosed = true }
        }
        Thread.detachNewThread { [weak self] in
            _ = child.waitForExit()
            self?.update { $0.exited = true }
        }
    }

    /// Whether the process has exited and whether its stderr has closed, for failure messages.
    var status: String {
        condition.lock()
        defer { condition.unlock() }
        return "exited: \(exited), stderr closed: \(stderrClosed)"
    }

    /// Everything the run has written to stderr so far.
    var stderr: String {
        condition.lock()
        defer { condition.unlock() }
        return String(decoding: errData, as: UTF8.self)
    }

    /// Waits until stderr contains `text`, at most `seconds`; says whether it did.
    func waitForStderr(containing text: String, seconds: Double) -> Bool {
        wait(seconds: seconds) { String(decoding: $0.errData, as: UTF8.self).contains(text) }
    }

    /// Waits until the process has exited and its stderr is read to the end, at most `seconds`.
    func waitForExit(seconds: Double) -> Bool {
        wait(seconds: seconds) { $0.exited && $0.stderrClosed }
    }

    /// Ends a run the test gave up on, so no process outlives the test.
    func stop() {
        process.terminate()
        _ = wait(seconds: 600) { $0.exited }
    }

    private func update(_ change: (BackgroundCLI) -> Void) {
        condition.lock()
        change(self)
        condition.broadcast()
        condition.unlock()
    }

    private func wait(seconds: Double, until predicate: (BackgroundCLI) -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        condition.lock()
        defer { condition.unlock() }
        while !predicate(self) {
            if !condition.wait(until: deadline) { return predicate(self) }
        }
        return true
    }
}

/// The few things tests do to a background `wtc`, named as Foundation's `Process` names them.
struct BackgroundProcess: Sendable {
    let child: SpawnedChild

    var processIdentifier: Int32 { child.pid }
    /// The exit status once it has exited (the signal's number when a signal ended it); -1 before.
    var terminationStatus: Int32 { child.exitStatus ?? -1 }
    func interrupt() { child.send(SIGINT) }
    func terminate() { child.terminateIfRunning() }
}

/// Polls a condition no event reports (processes in /proc) until it holds, at most `seconds`; says
/// whether it held.
func eventually(seconds: Double, _ condition: () -> Bool) -> Bool {
    let deadline = Date().addingTimeInterval(seconds)
    while !condition() {
        if Date() >= deadline { return false }
        Thread.sleep(forTimeInterval: 0.02)
    }
    return true
}
