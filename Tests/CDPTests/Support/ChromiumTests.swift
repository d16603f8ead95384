import Foundation
import Synchronization
import Testing

@testable import CDP

/// The parent of every suite that starts a real Chromium. Serialized: on a two-core machine parallel
/// browsers only slow each other down, and the process and descriptor counts must not see another test's
/// browser. Each test also has its own deadlines, so none can hang.
@Suite("Chromium", .serialized, .enabled(if: Chromium.isInstalled), .timeLimit(.minutes(2)))
struct ChromiumTests {}

enum Chromium {
    static var isInstalled: Bool {
        FileManager.default.isExecutableFile(atPath: LaunchOptions().resolvedExecutable)
    }

    /// Options whose profile lives under a folder unique to the calling test, so `Census` can find every
    /// process of that test's browsers by the folder's name in their command lines.
    static func options(marker: Marker, defaultTimeout: Duration = .seconds(20)) -> LaunchOptions {
        LaunchOptions(
            launchTimeout: .seconds(20), defaultTimeout: defaultTimeout, closeTimeout: .seconds(2),
            temporaryDirectory: marker.folder)
    }
}

/// Names one test's browsers: their profiles live under a unique folder, and `track` records their process
/// groups, because Chromium's helpers (zygotes, renderer, GPU, network) do not repeat `--user-data-dir`.
final class Marker: Sendable {
    let folder: URL
    private let groups = Mutex<Set<pid_t>>([])

    init() {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("wtc-cdp-test-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    /// Counts `browser`'s process group from now on.
    @discardableResult
    func track(_ browser: Browser) -> Browser {
        if let pid = browser.process?.pid { groups.withLock { _ = $0.insert(pid) } }
        return browser
    }

    /// Live processes of this test's browsers, helpers included (zombies excluded: they are already dead).
    var liveProcesses: [pid_t] {
        Census.processes(containing: folder.lastPathComponent, orInGroups: groups.withLock { $0 })
    }

    /// The leftover profile folders (each launch creates one; close deletes it).
    var leftoverProfiles: [String] {
        (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    }

    /// Kills anything this test left behind, so a failing test does not leak into the next, and deletes
    /// the folder.
    func cleanUp() {
        for pid in liveProcesses { kill(pid, SIGKILL) }
        try? FileManager.default.removeItem(at: folder)
    }
}

enum Census {
    /// Live (not zombie) processes whose command line contains `text` or whose process group is in `groups`.
    static func processes(containing text: String, orInGroups groups: Set<pid_t> = []) -> [pid_t] {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        return entries.compactMap { entry -> pid_t? in
            guard let pid = pid_t(entry), let stat = status(of: entry), stat.state != "Z" else { return nil }
            if groups.contains(stat.group) { return pid }
            guard let data = FileManager.default.contents(atPath: "/proc/\(entry)/cmdline") else { return nil }
            return String(decoding: data, as: UTF8.self).contains(text) ? pid : nil
        }
    }

    /// The state letter and process group from /proc/<pid>/stat (after the parenthesised command name).
    private static func status(of pid: String) -> (state: Character, group: pid_t)? {
        guard let data = FileManager.default.contents(atPath: "/proc/\(pid)/stat") else { return nil }
        let text = String(decoding: data, as: UTF8.self)
        guard let close = text.range(of: ") ", options: .backwards) else { return nil }
        let fields = text[close.upperBound...].split(separator: " ")
        guard fields.count > 2, let state = fields[0].first, let group = pid_t(fields[2]) else { return nil }
        return (state, group)
    }

    /// Open descriptors of this process.
    static var openDescriptors: Int {
        ((try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd")) ?? []).count
    }

    /// What each open descriptor of this process refers to (`socket:[123]`, `/dev/null`, `pipe:[45]`).
    static var descriptorTargets: Set<String> {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd")) ?? []
        return Set(
            entries.compactMap { try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/fd/" + $0) })
    }

    /// Polls `condition` every 20 ms until it holds or `timeout` passes; returns whether it held. For
    /// conditions no event announces, such as another process's exit.
    static func eventually(within timeout: Duration, _ condition: () -> Bool) async -> Bool {
        let deadline = ContinuousClock.now + timeout
        while ContinuousClock.now < deadline {
            if condition() { return true }
            try? await Task.sleep(for: .milliseconds(20))
        }
        return condition()
    }
}

/// A `data:` URL for an HTML snippet.
func dataURL(_ html: String) -> String {
    "data:text/html;charset=utf-8," + (html.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")
}
