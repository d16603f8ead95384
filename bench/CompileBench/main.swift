import Foundation

// Compiler benchmark: generate a recorded trace of a shop (1,000 steps over 100 snapshots of ~200 KB),
// compile it with `CompilerPipeline.compile` and report the total time and each stage's share; do the same
// at 250 and 500 steps to show time per step stays flat; and time lxml parsing the same snapshots in the
// same run, the floor of the work. Run with bench/compile.sh (release build).
//
// Usage: wtc-bench-compile [runs (5)] [--python PATH] [--wtc PATH] [--keep DIR] [--sizes 250,500,1000] [--check]
// --wtc also times `wtc compile` of the largest trace in a new process (what a user waits for).
// --check also compares the shortcuts the compiler takes through WTExtract with the plain ways on every
// snapshot of the largest trace (`FastPathCheck`), and fails on a difference.

let arguments = Array(CommandLine.arguments.dropFirst())
func option(_ name: String, in arguments: [String]) -> String? {
    guard let i = arguments.firstIndex(of: name), i + 1 < arguments.count else { return nil }
    return arguments[i + 1]
}
let python = option("--python", in: arguments) ?? "python3"
let keep = option("--keep", in: arguments)
let wtcBinary = option("--wtc", in: arguments)
let checking = arguments.contains("--check")
let positional = arguments.enumerated().filter { i, a in
    !a.hasPrefix("--") && (i == 0 || !arguments[i - 1].hasPrefix("--"))
}
let runs = positional.first.flatMap { Int($0.element) } ?? 5
guard runs >= 1 else { fail("runs must be at least 1") }

let root =
    keep.map { URL(fileURLWithPath: $0) }
    ?? FileManager.default.temporaryDirectory.appendingPathComponent("wtc-bench-compile-\(getpid())")
defer { if keep == nil { try? FileManager.default.removeItem(at: root) } }

let sizes =
    option("--sizes", in: arguments).map { $0.split(separator: ",").compactMap { Int($0) } } ?? [250, 500, 1_000]
var generated: [GeneratedTrace] = []
for steps in sizes {
    do {
        generated.append(try GeneratedTrace.write(steps: steps, under: root))
    } catch {
        fail("generating the \(steps)-step trace: \(error)")
    }
}
var measured: [CompileMeasurement] = []
for trace in generated { measured.append(await CompileMeasurement.run(trace, runs: runs)) }
guard let big = generated.last, let bigRun = measured.last else { fail("nothing measured") }

func mb(_ bytes: Int) -> String { String(format: "%.1f MB", Double(bytes) / 1_048_576) }
func pad(_ s: String, _ width: Int) -> String { s + String(repeating: " ", count: max(0, width - s.count)) }

if keep != nil {
    try? bigRun.program.write(
        to: big.directory.appendingPathComponent("compiled.wt"), atomically: true, encoding: .utf8)
}
print("compiled program (first 40 of \(bigRun.program.split(separator: "\n").count) lines):")
for line in bigRun.program.split(separator: "\n", omittingEmptySubsequences: false).prefix(40) { print("  | " + line) }
print("")
print(
    "trace: \(big.steps) steps, \(big.snapshotPaths.count) snapshots (\(mb(big.htmlBytes)) of HTML, "
        + "\(big.htmlBytes / big.snapshotPaths.count / 1024) KB each), trace.json \(mb(big.traceBytes)); "
        + "median of \(runs) runs, release build")
print("stage                                   median ms   share")
for (name, ms) in bigRun.stages {
    print(pad(name, 38) + String(format: " %10.1f  %5.1f%%", ms, 100 * ms / bigRun.total))
}
print(pad("total", 38) + String(format: " %10.1f  100.0%%", bigRun.total))
print("")
print("steps  snapshots  HTML       total ms  ms/step")
for (g, m) in zip(generated, measured) {
    print(
        String(
            format: "%-6d %-10d ", g.steps, g.snapshotPaths.count) + pad(mb(g.htmlBytes), 10)
            + String(format: " %8.1f  %7.2f", m.total, m.total / Double(g.steps)))
}
if let small = generated.first, let smallRun = measured.first {
    let ratio = (bigRun.total / Double(big.steps)) / (smallRun.total / Double(small.steps))
    print(
        String(format: "time per step, %d vs %d steps: %.2fx (1.00x = linear)", big.steps, small.steps, ratio))
}
print("")
let wtcParse = ParsePeers.wtc(big, runs: runs)
print(String(format: "read + parse the %d snapshots once (median of %d):", big.snapshotPaths.count, runs))
print(String(format: "  wtc HTMLDocument (libxml2)   %8.1f ms", wtcParse))
if let lxml = ParsePeers.lxml(big, runs: runs, python: python) {
    print("  " + pad("lxml " + lxml.version, 28) + String(format: " %8.1f ms", lxml.ms))
    print(
        String(
            format: "compile / lxml parse: %.1fx   (wtc parse / lxml parse: %.2fx)", bigRun.total / lxml.ms,
            wtcParse / lxml.ms))
} else {
    print("  lxml: not importable by \(python) (pass --python bench/.venv/bin/python); no ratio")
}
let perPage = wtcParse / Double(big.snapshotPaths.count)
print(
    String(
        format:
            "each snapshot is parsed and indexed once (%.2f ms a page to parse), on a second thread while lowering "
            + "works; \"snapshot parsing\" is the time lowering spent waiting for pages or preparing them itself",
        perPage))
if let wtcBinary {
    let process = CompileProcess.measure(wtcBinary, big, runs: runs)
    print(
        String(
            format: "wtc compile in a new process (read, compile, verify, write; median of %d): %.1f ms "
                + "(%.1f ms with --no-verify)", runs, process.verified, process.unverified))
}
if checking {
    let outcome = FastPathCheck.run(big)
    if let mismatch = outcome.mismatch { fail("fast path differs: \(mismatch)") }
    print("fast paths agree with the plain ways: \(outcome.checks) comparisons on \(big.snapshotPaths.count) snapshots")
}
