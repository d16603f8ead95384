import Foundation
import WTCompiler
import WTDiagnostics
import WTEngine
import WTExtract
import WTTrace

func milliseconds(_ d: Duration) -> Double {
    Double(d.components.seconds) * 1e3 + Double(d.components.attoseconds) / 1e15
}

func median(_ xs: [Double]) -> Double {
    let sorted = xs.sorted()
    guard !sorted.isEmpty else { return 0 }
    return sorted.count % 2 == 1
        ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
}

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("wtc-bench-compile: \(message)\n".utf8))
    exit(1)
}

/// A generated trace folder on disk and what it holds.
struct GeneratedTrace {
    var directory: URL
    var steps: Int
    var snapshotPaths: [String]
    var htmlBytes: Int
    var traceBytes: Int

    static func write(steps: Int, under root: URL) throws -> GeneratedTrace {
        let (trace, files) = try ShopTrace.build(steps: steps)
        let directory = root.appendingPathComponent("trace-\(steps)")
        try TraceWriter.write(trace, snapshots: files, to: directory)
        let snapshots = files.keys.filter { $0.hasPrefix("snapshots/") }.sorted()
        return GeneratedTrace(
            directory: directory, steps: trace.steps.count, snapshotPaths: snapshots,
            htmlBytes: snapshots.reduce(0) { $0 + (files[$1]?.utf8.count ?? 0) },
            traceBytes: TraceWriter.json(trace).utf8.count)
    }
}

/// The medians of `runs` compilations of one trace: reading the folder, then each pipeline stage.
struct CompileMeasurement {
    /// Stage names in the order they ran, with median milliseconds; the first is `TraceFolder.load`.
    var stages: [(name: String, ms: Double)]
    var program: String

    var total: Double { stages.reduce(0) { $0 + $1.ms } }

    static let readStage = "read trace.json (TraceFolder.load)"

    static let verifyStage = "verify (replay on the snapshots)"

    static func run(_ generated: GeneratedTrace, runs: Int) async -> CompileMeasurement {
        var samples: [String: [Double]] = [:]
        var order: [String] = [readStage]
        var program = ""
        let clock = ContinuousClock()
        for _ in 0..<runs {
            var diagnostics = DiagnosticEngine()
            var loaded: TraceFolder?
            let read = clock.measure {
                loaded = try? TraceFolder.load(path: generated.directory.path, diagnostics: &diagnostics)
            }
            guard let folder = loaded else { report(diagnostics, sources: []) }
            samples[readStage, default: []].append(milliseconds(read))
            let timings = StageTimings()
            let snapshot: @Sendable (String) -> String? = { path in try? folder.html(for: path) }
            guard
                let compiled = CompilerPipeline.compile(
                    folder.trace, file: folder.source, snapshot: snapshot, diagnostics: &diagnostics, timings: timings)
            else { report(diagnostics, sources: [folder.source]) }
            program = compiled.source
            for (name, duration) in timings.stages {
                if !order.contains(name) { order.append(name) }
                samples[name, default: []].append(milliseconds(duration))
            }
            let started = clock.now
            let outcome = await TraceReplay.verify(
                compiled.checked, file: SourceFile(path: "compiled.wt", text: compiled.source), trace: folder.trace,
                steps: compiled.replaySteps, snapshot: snapshot, parsed: compiled.documents)
            guard outcome == .reproduced else { fail("the compiled program does not replay: \(outcome)") }
            samples[verifyStage, default: []].append(milliseconds(clock.now - started))
        }
        order.append(verifyStage)
        return CompileMeasurement(stages: order.map { ($0, median(samples[$0] ?? [])) }, program: program)
    }

    private static func report(_ diagnostics: DiagnosticEngine, sources: [SourceFile]) -> Never {
        let text = DiagnosticRenderer(sources: sources).render(diagnostics.sorted)
        FileHandle.standardError.write(Data(text.utf8))
        fail("the generated trace did not compile (\(diagnostics.errorCount) errors above)")
    }
}

/// `wtc compile` as a user runs it: a new process reads the trace folder, compiles, verifies and writes.
enum CompileProcess {
    /// Median wall milliseconds of `runs` runs of `wtc compile DIR -o FILE`, with and without `--no-verify`.
    static func measure(_ wtc: String, _ generated: GeneratedTrace, runs: Int) -> (verified: Double, unverified: Double)
    {
        let output = generated.directory.appendingPathComponent("process.wt").path
        func once(_ extra: [String]) -> Double {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: wtc)
            process.arguments = ["compile", generated.directory.path, "-o", output] + extra
            process.standardError = FileHandle.nullDevice
            let started = ContinuousClock.now
            guard (try? process.run()) != nil else { fail("cannot run \(wtc)") }
            process.waitUntilExit()
            guard process.terminationStatus == 0 else { fail("wtc compile exited \(process.terminationStatus)") }
            return milliseconds(ContinuousClock.now - started)
        }
        let verified = median((0..<runs).map { _ in once([]) })
        let unverified = median((0..<runs).map { _ in once(["--no-verify"]) })
        return (verified, unverified)
    }
}

/// The floor of the work: reading and parsing every snapshot once, by wtc's libxml2 wrapper and by lxml.
enum ParsePeers {
    static func wtc(_ generated: GeneratedTrace, runs: Int) -> Double {
        let clock = ContinuousClock()
        let times = (0..<runs).map { _ in
            milliseconds(
                clock.measure {
                    for path in generated.snapshotPaths {
                        let url = generated.directory.appendingPathComponent(path)
                        let text = String(
                            decoding: FileManager.default.contents(atPath: url.path) ?? Data(), as: UTF8.self)
                        _ = try? HTMLDocument(html: text, url: SitePages.base)
                    }
                })
        }
        return median(times)
    }

    static let script = """
        import statistics, sys, time
        import lxml, lxml.html
        runs, paths = int(sys.argv[1]), sys.argv[2:]
        times = []
        for _ in range(runs):
            start = time.perf_counter()
            for p in paths:
                with open(p, "rb") as f:
                    lxml.html.document_fromstring(f.read())
            times.append((time.perf_counter() - start) * 1000)
        print(statistics.median(times), lxml.__version__)
        """

    /// Median milliseconds and lxml's version, or nil when `python` cannot import lxml.
    static func lxml(_ generated: GeneratedTrace, runs: Int, python: String) -> (ms: Double, version: String)? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments =
            ["-c", script, String(runs)]
            + generated.snapshotPaths.map { generated.directory.appendingPathComponent($0).path }
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return nil }
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        let words = output.split(separator: " ").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
        guard process.terminationStatus == 0, words.count == 2, let ms = Double(words[0]) else { return nil }
        return (ms, words[1])
    }
}
