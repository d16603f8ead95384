import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Where a launched browser's temporary profile goes when `LaunchOptions.temporaryDirectory` does not say:
/// `/dev/shm` when it is a memory file system with room to spare, else the system's temporary folder.
/// Chromium writes its profile's few dozen files at start and they are deleted at close; on a disk-backed
/// `/tmp` of a busy machine, deleting them alone took 20 to 80 ms of every run.
enum ProfileLocation {
    /// The memory file system Linux mounts for shared memory.
    static let memoryFolder = "/dev/shm"
    /// The least free space `/dev/shm` must have (a container's default is 64 MB, which a page's shared
    /// memory may need for itself).
    static let minimumFree: UInt64 = 512 << 20
    /// Read once per process.
    static let base: URL = {
        var info = statvfs()
        guard isMemoryFileSystem(memoryFolder), statvfs(memoryFolder, &info) == 0,
            UInt64(info.f_bavail) * UInt64(info.f_frsize) >= minimumFree, access(memoryFolder, W_OK) == 0
        else { return FileManager.default.temporaryDirectory }
        return URL(fileURLWithPath: memoryFolder)
    }()

    /// Whether `/proc/self/mounts` lists a tmpfs mounted at `path`.
    static func isMemoryFileSystem(_ path: String) -> Bool {
        guard let mounts = try? String(contentsOfFile: "/proc/self/mounts", encoding: .utf8) else { return false }
        return mounts.split(separator: "\n").contains { line in
            let fields = line.split(separator: " ")
            return fields.count > 2 && fields[1] == path && fields[2] == "tmpfs"
        }
    }
}
