import Foundation
import WTDiagnostics
import WTEngine
import WTRuntime
import WTSema
import WTTestSupport

// Reliability soak (issue 4): N browser runs of the quotes sample in one process, each launching and
// closing its own Chromium. Prints RSS, open file descriptors and live Chromium processes before and after,
// so leaks show as growth. Usage: wtc-bench-soak [RUNS (200)] [http|browser]

func rssKiB() -> Int {
    let status = (try? String(contentsOfFile: "/proc/self/status", encoding: .utf8)) ?? ""
    let line = status.split(separator: "\n").first { $0.hasPrefix("VmRSS:") } ?? ""
    return Int(line.split(separator: " ").dropFirst().first ?? "0") ?? 0
}

func openFDs() -> Int { (try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd").count) ?? -1 }

func chromiumProcesses() -> Int {
    let pids = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
    return pids.filter { Int($0) != nil }.count { pid in
        let cmd = (try? String(contentsOfFile: "/proc/\(pid)/cmdline", encoding: .utf8)) ?? ""
        return cmd.contains("chromium-headless-shell") && !cmd.contains("wtc-bench-soak")
    }
}

let arguments = CommandLine.arguments.dropFirst()
let runs = arguments.first.flatMap(Int.init) ?? 200
let mode: Engine.ExecutionMode = arguments.dropFirst().first == "http" ? .http : .browser
let text = (try? String(contentsOf: Paths.samples.appendingPathComponent("quotes/program.wt"), encoding: .utf8)) ?? ""
let file = SourceFile(path: "quotes/program.wt", text: text)
var diagnostics = DiagnosticEngine()
guard let checked = FrontEnd.check(file, diagnostics: &diagnostics).checked else {
    print("the quotes sample does not check")
    exit(65)
}
let server = try SampleSites.server("quotes")
try server.start()
let runDirectory = FileManager.default.temporaryDirectory.appendingPathComponent("wtc-soak")
try FileManager.default.createDirectory(at: runDirectory, withIntermediateDirectories: true)

func once() async throws -> Int {
    let options = RunOptions(parameters: ["base_url": .url(server.baseURL)])
    let result = try await Engine.withDriver(mode: mode, options: .init(runDirectory: runDirectory)) { driver in
        try await Interpreter.run(checked, file: file, driver: driver, options: options)
    }
    if case .list(let quotes)? = result[output: "quotes"] { return quotes.count }
    return 0
}

// One warm-up run so one-time allocations (caches, libxml2, curl) are not counted as leaks.
_ = try await once()
let before = (rss: rssKiB(), fds: openFDs(), chromium: chromiumProcesses())
let clock = ContinuousClock()
let start = clock.now
var failures = 0
for _ in 0..<runs where (try? await once()) != 10 { failures += 1 }
let elapsed = clock.now - start
try? await Task.sleep(for: .milliseconds(500))
let after = (rss: rssKiB(), fds: openFDs(), chromium: chromiumProcesses())
server.stop()
print("mode \(mode.rawValue): \(runs) runs in \(elapsed), \(failures) failed")
print("RSS KiB       before \(before.rss)  after \(after.rss)  growth \(after.rss - before.rss)")
print("open fds      before \(before.fds)  after \(after.fds)")
print("chromium      before \(before.chromium)  after \(after.chromium)")
exit(failures == 0 && after.chromium == before.chromium && after.fds <= before.fds + 2 ? 0 : 1)
