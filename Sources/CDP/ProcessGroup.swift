import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// The members of a process group, read from /proc. The browser's helpers are its children, not ours, so
/// no `waitpid` tells when they are gone; after SIGKILL they take a few milliseconds to die.
enum ProcessGroup {
    /// Whether a process of group `pgid` is still running (zombies, already dead, do not count). Always
    /// `false` where there is no /proc. Plain system calls: on a busy machine Foundation's directory
    /// listing and file reading made one pass over a hundred processes take tens of milliseconds.
    static func hasLiveMembers(_ pgid: pid_t) -> Bool {
        guard let directory = opendir("/proc") else { return false }
        defer { closedir(directory) }
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            guard name.first?.isNumber == true, let stat = status(name) else { continue }
            if stat.group == pgid && stat.state != "Z" && stat.state != "X" { return true }
        }
        return false
    }

    /// True when nothing of the group is left, not even a zombie: `kill(-pgid, 0)` finds no process.
    static func isGone(_ pgid: pid_t) -> Bool {
        Glibc.kill(-pgid, 0) == -1 && errno == ESRCH
    }

    /// SIGKILLs the group and waits, up to `timeout`, until none of it runs.
    static func kill(_ pgid: pid_t, within timeout: Duration) async {
        Glibc.kill(-pgid, SIGKILL)
        let start = ContinuousClock.now
        let deadline = start + timeout
        // Polling is the only way to see processes that are not our children end; it is over in one or two
        // rounds, since SIGKILL cannot be caught. The signal-0 probe is one system call; reading every
        // process's /proc entry (tens of milliseconds on a busy machine) is only needed to tell dead
        // members still waiting to be reaped (zombies) from live ones.
        while !isGone(pgid), ContinuousClock.now < deadline {
            if ContinuousClock.now - start >= zombieGrace, !hasLiveMembers(pgid) { return }
            try? await Task.sleep(for: .milliseconds(2))
        }
    }

    /// How long a group's dead members may wait to be reaped before /proc is read to see whether any
    /// member still runs.
    static let zombieGrace: Duration = .milliseconds(5)

    /// The state letter and the process group of a pid, from /proc/<pid>/stat (the fields after the
    /// parenthesised command name, which may itself contain spaces and parentheses).
    private static func status(_ pid: String) -> (state: Character, group: pid_t)? {
        let fd = open("/proc/\(pid)/stat", O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { Glibc.close(fd) }
        var buffer = [UInt8](repeating: 0, count: 1024)
        let count = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
        guard count > 0 else { return nil }
        let text = String(decoding: buffer.prefix(count), as: UTF8.self)
        guard let close = text.range(of: ") ", options: .backwards) else { return nil }
        let fields = text[close.upperBound...].split(separator: " ", maxSplits: 3)
        guard fields.count > 2, let state = fields[0].first, let group = pid_t(fields[2]) else { return nil }
        return (state, group)
    }
}
