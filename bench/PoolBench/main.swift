import Foundation
import WTAgent
import WTEngine
import WTService
import WTStore
import WTTestSupport

// Shared browser vs a browser per run (issue 13): TASKS replays of the quotes demo task (a saved program that
// runs in the browser) drained by a WorkerPool of WORKERS workers on the embedded store, ROUNDS times each
// way, interleaved. Prints each round's seconds, the median, and the most browser processes alive at once.
// Usage: wtc-bench-pool [TASKS (20)] [WORKERS (4)] [ROUNDS (3)]

let arguments = CommandLine.arguments.dropFirst().map { Int($0) }
let tasks = arguments.first.flatMap { $0 } ?? 20
let workers = arguments.dropFirst().first.flatMap { $0 } ?? 4
let rounds = arguments.dropFirst(2).first.flatMap { $0 } ?? 3

/// The demo task's program, saved in `mode browser` so that every replay needs a browser.
let program = """
    program "love"
    mode browser

    param start_url: url

    output quotes: [{ text: string, author: string, tags: [string] }]

    open start_url
    extract quotes = each ".quote" {
      text = text ".text"
      author = text "small.author"
      tags = texts "a.tag"
    }
    """

/// Browser processes (not their renderers and helpers) alive now.
func browserProcesses() -> Int {
    let pids = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
    return pids.filter { Int($0) != nil }.count { pid in
        let cmd = (try? String(contentsOfFile: "/proc/\(pid)/cmdline", encoding: .utf8)) ?? ""
        return cmd.contains("--remote-debugging-pipe") && !cmd.contains("--type=")
    }
}

/// Seconds to drain `tasks` tasks, and the most browsers seen at once.
func round(shared: Bool, site: LoopbackServer) async throws -> (seconds: Double, browsers: Int) {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("wtc-bench-pool-\(UUID())")
    defer { try? FileManager.default.removeItem(at: folder) }
    let store = try SQLiteStore(directory: folder)
    let transcript = Paths.samples.appendingPathComponent("quotes/agent/transcript.jsonl").path
    let service = WebTaskService(
        store: store,
        configuration: .init(
            catalog: .builtIn, client: { _ throws(ModelError) in try TranscriptReplayClient(file: transcript) },
            engine: Engine.Options(runDirectory: folder), runsDirectory: folder.appendingPathComponent("runs")))
    let saved = NewProgramRevision(source: program, savedBy: "bench", reason: .imported)
    _ = try await store.saveProgram(saved, workspace: "ws_bench", key: "love", expected: nil)
    let input = TaskInput(
        task: "Collect every quote tagged love, with its author and tags", startURL: site.url("/tag/love/"),
        reuseKey: "love")
    var ids: [String] = []
    for _ in 0..<tasks { ids.append(try await service.start(workspace: "ws_bench", input: input).id) }
    var pool = WorkerPool(service: service, workers: workers, name: "bench")
    pool.pollInterval = .milliseconds(20)
    pool.sharesBrowser = shared
    let start = ContinuousClock.now
    let running = Task { [pool] in await pool.run() }
    var most = 0
    var pending = Set(ids)
    while !pending.isEmpty {
        most = max(most, browserProcesses())
        for id in pending {
            if let task = try await store.task(workspace: "ws_bench", id: id), task.status == .completed {
                if task.outcome != .success { print("task failed: \(task.error ?? "")") }
                pending.remove(id)
            }
        }
        try await Task.sleep(for: .milliseconds(20))
    }
    let elapsed = ContinuousClock.now - start
    running.cancel()
    await running.value
    await store.close()
    let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    return (seconds, most)
}

let site = try SampleSites.server("quotes")
try site.start()
print("\(tasks) browser replays of the quotes task, \(workers) workers, \(rounds) rounds each way")
var times: [Bool: [Double]] = [true: [], false: []]
var browsers: [Bool: Int] = [true: 0, false: 0]
for _ in 0..<rounds {
    for shared in [true, false] {
        let (seconds, most) = try await round(shared: shared, site: site)
        times[shared, default: []].append(seconds)
        browsers[shared] = max(browsers[shared] ?? 0, most)
        print(String(format: "  %@: %.2f s", shared ? "shared " : "per run", seconds))
    }
}
for shared in [true, false] {
    let sorted = (times[shared] ?? []).sorted()
    let median = sorted.isEmpty ? 0 : sorted[sorted.count / 2]
    print(
        String(
            format: "%@ median %.2f s (%.2f tasks/s), at most %d browser processes at once",
            shared ? "shared browser:" : "browser per run:", median, Double(tasks) / max(median, 0.001),
            browsers[shared] ?? 0))
}
site.stop()
