import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Starts the browser with `posix_spawn`, which (unlike Foundation's `Process`) can place a descriptor at
/// fds 3 and 4 for `--remote-debugging-pipe`.
enum ProcessSpawner {
    /// A started child: its pid (also its process group id) and this process's end of the DevTools socket.
    struct Child {
        var pid: pid_t
        var socket: Int32
    }

    /// Spawns `executable` in a new process group with a clean signal state, stdin from /dev/null, stdout
    /// and stderr appended to `logPath`, and the DevTools socket on fds 3 and 4.
    static func spawn(executable: String, arguments: [String], logPath: String) throws(CDPError) -> Child {
        let (parentEnd, childEnd) = try socketPair()
        defer { close(childEnd) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, logPath, O_WRONLY | O_CREAT | O_APPEND, 0o644)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        // dup2 clears close-on-exec on the copies; the browser reads fd 3 and writes fd 4.
        posix_spawn_file_actions_adddup2(&actions, childEnd, 3)
        posix_spawn_file_actions_adddup2(&actions, childEnd, 4)
        // Nothing else of this process reaches the browser: a descriptor another thread opened without
        // close-on-exec (a file being written, a pipe to a test's child) would otherwise live as long as
        // the browser does, keeping that file "busy" or that pipe open.
        _ = closeFrom?(&actions, 5)

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        configure(&attributes)

        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp = ProcessInfo.processInfo.environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var pid: pid_t = 0
        var status = posix_spawn(&pid, executable, &actions, &attributes, argv, envp)
        // "Text file busy": a program written a moment ago (a wrapper script) is still open for writing in
        // some process that another thread spawned while the file was being written. That copy closes
        // when that child execs or exits, so the spawn is retried for up to a second.
        for _ in 0..<100 where status == ETXTBSY {
            usleep(10_000)
            status = posix_spawn(&pid, executable, &actions, &attributes, argv, envp)
        }
        guard status == 0 else {
            close(parentEnd)
            throw CDPError(.launchFailed("posix_spawn \(executable): " + String(cString: strerror(status))))
        }
        return Child(pid: pid, socket: parentEnd)
    }

    private typealias AddCloseFrom = @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32) -> Int32

    /// glibc's `posix_spawn_file_actions_addclosefrom_np` (2.34 and later), which Swift's Glibc module does not
    /// declare; nil on a C library without it, where the browser inherits what is not close-on-exec.
    private static let closeFrom: AddCloseFrom? = {
        guard let symbol = dlsym(nil, "posix_spawn_file_actions_addclosefrom_np") else { return nil }
        return unsafeBitCast(symbol, to: AddCloseFrom.self)
    }()

    /// Own process group, so `kill(-pid, …)` reaches the browser's helpers too. An empty signal mask and
    /// default dispositions: a child spawned from a Swift thread otherwise inherits that thread's blocked
    /// SIGTERM (and a parent's ignored SIGINT), and could not be terminated.
    private static func configure(_ attributes: inout posix_spawnattr_t) {
        var empty = sigset_t()
        sigemptyset(&empty)
        posix_spawnattr_setsigmask(&attributes, &empty)
        var all = sigset_t()
        sigfillset(&all)
        sigdelset(&all, SIGKILL)
        sigdelset(&all, SIGSTOP)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setpgroup(&attributes, 0)
        let flags = POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF
        posix_spawnattr_setflags(&attributes, Int16(flags))
    }

    /// A connected socket pair, both ends close-on-exec and moved to fds >= 10 so that `dup2` onto 3 or 4
    /// can never be a no-op that keeps close-on-exec set.
    private static func socketPair() throws(CDPError) -> (Int32, Int32) {
        var fds: [Int32] = [-1, -1]
        let type = Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue)
        guard socketpair(AF_UNIX, type, 0, &fds) == 0 else {
            throw CDPError(.launchFailed("socketpair: " + String(cString: strerror(errno))))
        }
        var moved: [Int32] = []
        for fd in fds {
            let high = fcntl(fd, F_DUPFD_CLOEXEC, 10)
            close(fd)
            moved.append(high)
        }
        guard moved.allSatisfy({ $0 >= 0 }) else {
            let why = String(cString: strerror(errno))
            moved.filter { $0 >= 0 }.forEach { close($0) }
            throw CDPError(.launchFailed("fcntl(F_DUPFD_CLOEXEC): " + why))
        }
        return (moved[0], moved[1])
    }
}
