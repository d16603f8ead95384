import Foundation

#if canImport(Glibc)
    import Glibc
#endif

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
///
/// The child is started with `posix_spawn` and read with plain `read(2)`, not Foundation's `Process` and
/// `FileHandle`: on Linux `Process.run()` crashed in a `memcpy` when several tests started processes at
/// once on a loaded machine, and `readDataToEndOfFile()` stops the process (a `try!` inside) when a read is
/// interrupted by a signal.
public enum ProcessRunner {
    /// Runs `executable arguments…` with `environment` added to this process's, `stdin` written and then
    /// closed, in `directory`; with a `deadline`, a process still running then is ended, so the test fails on
    /// its status instead of hanging. The status is the exit code, or the signal's number for a process a
    /// signal ended (as `Process.terminationStatus` reports it).
    public static func run(
        _ executable: URL, _ arguments: [String], environment extra: [String: String] = [:], stdin: Data? = nil,
        in directory: URL? = nil, deadline: Duration? = nil
    ) async throws -> ProcessOutput {
        let environment = ProcessInfo.processInfo.environment.merging(extra) { _, new in new }
        let child = try SpawnedChild(
            executable.path, arguments, environment: environment, directory: directory?.path)
        if let deadline {
            let seconds = Double(deadline.components.seconds) + Double(deadline.components.attoseconds) / 1e18
            DispatchQueue.global().asyncAfter(deadline: .now() + seconds) { child.terminateIfRunning() }
        }
        return await withCheckedContinuation { continuation in
            Thread.detachNewThread {
                let group = DispatchGroup()
                nonisolated(unsafe) var outData = Data()
                nonisolated(unsafe) var errData = Data()
                DispatchQueue.global().async(group: group) { outData = SpawnedChild.readToEnd(child.stdout) }
                DispatchQueue.global().async(group: group) { errData = SpawnedChild.readToEnd(child.stderr) }
                SpawnedChild.writeAll(stdin ?? Data(), to: child.stdin)
                let status = child.waitForExit()
                group.wait()
                continuation.resume(
                    returning: ProcessOutput(
                        status: status, stdout: String(decoding: outData, as: UTF8.self),
                        stderr: String(decoding: errData, as: UTF8.self)))
            }
        }
    }
}

/// A child started with `posix_spawn`, its stdin, stdout and stderr on pipes whose other ends this process
/// holds. Signals are reset to their defaults and unblocked in the child (a Swift thread may have them
/// blocked), and no other descriptor of this process reaches it.
public final class SpawnedChild: @unchecked Sendable {
    public let pid: pid_t
    /// This process's ends: write to `stdin`, read `stdout` and `stderr`; each is closed by the reader or
    /// writer that finishes with it. `stdout` is -1 when the output is discarded.
    public let stdin: Int32
    public let stdout: Int32
    public let stderr: Int32
    private let lock = NSLock()
    private var reaped = false
    private var status: Int32?

    public struct SpawnError: Error, CustomStringConvertible {
        public var description: String
    }

    /// Starts `executable arguments…` with exactly `environment`, in `directory`; with `discardingOutput`,
    /// its stdout goes to /dev/null.
    public init(
        _ executable: String, _ arguments: [String], environment: [String: String], directory: String?,
        discardingOutput: Bool = false
    ) throws {
        let input = try Self.pipe()
        let output = try Self.pipe()
        let errors = try Self.pipe()
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, input.read, 0)
        if discardingOutput {
            posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        } else {
            posix_spawn_file_actions_adddup2(&actions, output.write, 1)
        }
        posix_spawn_file_actions_adddup2(&actions, errors.write, 2)
        _ = Self.closeFrom?(&actions, 3)
        if let directory { _ = Self.changeDirectory?(&actions, directory) }
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var empty = sigset_t()
        sigemptyset(&empty)
        posix_spawnattr_setsigmask(&attributes, &empty)
        var all = sigset_t()
        sigfillset(&all)
        sigdelset(&all, SIGKILL)
        sigdelset(&all, SIGSTOP)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var pid: pid_t = 0
        var status = posix_spawn(&pid, executable, &actions, &attributes, argv, envp)
        // A script written a moment ago may still be open for writing in a child another thread spawned.
        for _ in 0..<100 where status == ETXTBSY {
            usleep(10_000)
            status = posix_spawn(&pid, executable, &actions, &attributes, argv, envp)
        }
        for fd in [input.read, output.write, errors.write] { close(fd) }
        guard status == 0 else {
            for fd in [input.write, output.read, errors.read] { close(fd) }
            throw SpawnError(description: "posix_spawn \(executable): " + String(cString: strerror(status)))
        }
        self.pid = pid
        self.stdin = input.write
        if discardingOutput { close(output.read) }
        self.stdout = discardingOutput ? -1 : output.read
        self.stderr = errors.read
    }

    /// Waits for the child to end (retrying when a signal interrupts the wait); its status as described on
    /// `ProcessRunner.run`.
    public func waitForExit() -> Int32 {
        var raw: Int32 = 0
        while waitpid(pid, &raw, 0) == -1 && errno == EINTR {}
        let signal = raw & 0x7f
        let status = signal == 0 ? (raw >> 8) & 0xff : signal
        lock.withLock {
            reaped = true
            self.status = status
        }
        return status
    }

    /// The status once `waitForExit` has returned; nil while the child runs.
    public var exitStatus: Int32? { lock.withLock { status } }

    /// Sends `signal`, unless the child was already reaped (its pid may belong to another process by then).
    public func send(_ signal: Int32) {
        lock.withLock {
            if !reaped { kill(pid, signal) }
        }
    }

    /// SIGTERM, unless the child was already reaped.
    public func terminateIfRunning() { send(SIGTERM) }

    /// Everything readable from `fd` until end of file; closes it.
    public static func readToEnd(_ fd: Int32) -> Data {
        defer { close(fd) }
        var data = Data()
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if n > 0 {
                data.append(contentsOf: buffer[0..<n])
            } else if n == 0 || errno != EINTR {
                return data
            }
        }
    }

    /// Writes all of `data` to `fd` (a child that stopped reading ends it early); closes it.
    public static func writeAll(_ data: Data, to fd: Int32) {
        defer { close(fd) }
        var offset = 0
        let bytes = [UInt8](data)
        while offset < bytes.count {
            let n = bytes[offset...].withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
            if n > 0 {
                offset += n
            } else if n < 0 && errno == EINTR {
                continue
            } else {
                return
            }
        }
    }

    /// A pipe whose ends are both close-on-exec (the child gets copies through dup2).
    private static func pipe() throws -> (read: Int32, write: Int32) {
        var fds: [Int32] = [-1, -1]
        guard let pipe2 = pipeWithFlags, pipe2(&fds, O_CLOEXEC) == 0 else {
            throw SpawnError(description: "pipe2: " + String(cString: strerror(errno)))
        }
        return (fds[0], fds[1])
    }

    private typealias AddCloseFrom = @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32) -> Int32
    private typealias Pipe2 = @convention(c) (UnsafeMutablePointer<Int32>, Int32) -> Int32
    private typealias AddChdir =
        @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, UnsafePointer<CChar>) -> Int32

    /// glibc's `pipe2`, `posix_spawn_file_actions_addclosefrom_np` and `…_addchdir_np`, which Swift's Glibc
    /// module does not declare. (`pipe2` sets close-on-exec atomically: with `pipe` and then `fcntl`, a child
    /// another thread spawns in between would hold the pipe open and its reader would wait for that child.)
    private static let pipeWithFlags: Pipe2? = {
        dlsym(nil, "pipe2").map { unsafeBitCast($0, to: Pipe2.self) }
    }()
    private static let closeFrom: AddCloseFrom? = {
        dlsym(nil, "posix_spawn_file_actions_addclosefrom_np").map { unsafeBitCast($0, to: AddCloseFrom.self) }
    }()
    private static let changeDirectory: AddChdir? = {
        dlsym(nil, "posix_spawn_file_actions_addchdir_np").map { unsafeBitCast($0, to: AddChdir.self) }
    }()
}
