import Foundation
import WTTestSupport

// Serves one sample's site (samples/<name>/site plus its dynamic routes) on loopback until killed or
// until --seconds pass; with --root DIR it serves that folder instead (benchmarks). Prints the base URL on
// the first line of stdout so scripts can read it. With --realistic NAME it serves one of the realistic
// (program, site) pairs of the hidden-style suite, in its recorded state or, with --later, its later one,
// and --program FILE writes the pair's hand-written program there.
// Usage: wtc-sample-site NAME [--seconds S] | wtc-sample-site --root DIR [--seconds S]
//        wtc-sample-site --realistic NAME [--later] [--program FILE] [--seconds S]

func fail(_ message: String, _ code: Int32) -> Never {
    FileHandle.standardError.write(Data("wtc-sample-site: \(message)\n".utf8))
    exit(code)
}

func value(after flag: String, in arguments: [String]) -> String? {
    guard let i = arguments.firstIndex(of: flag), i + 1 < arguments.count else { return nil }
    return arguments[i + 1]
}

let arguments = Array(CommandLine.arguments.dropFirst())
let seconds = value(after: "--seconds", in: arguments).flatMap(Double.init) ?? 600
let server: LoopbackServer
do {
    if let name = value(after: "--realistic", in: arguments) {
        guard let site = RealisticSites.named(name) else {
            fail("no realistic site \(name); one of: \(RealisticSites.all.map(\.name).joined(separator: ", "))", 66)
        }
        let state = SiteState()
        if arguments.contains("--later") { state.show(1) }
        if let file = value(after: "--program", in: arguments) {
            try site.program.write(toFile: file, atomically: true, encoding: .utf8)
        }
        server = try site.server(state: state)
    } else if let root = value(after: "--root", in: arguments) {
        server = try LoopbackServer(root: URL(fileURLWithPath: root))
    } else if let name = arguments.first, !name.hasPrefix("--") {
        let samples = URL(fileURLWithPath: FileManager.default.currentDirectoryPath).appendingPathComponent("samples")
        let site = samples.appendingPathComponent(name).appendingPathComponent("site")
        guard FileManager.default.fileExists(atPath: site.path) else { fail("no site at \(site.path)", 66) }
        server = try SampleSites.server(name, samples: samples)
    } else {
        fail(
            "usage: wtc-sample-site NAME [--seconds S] | wtc-sample-site --root DIR [--seconds S]"
                + " | wtc-sample-site --realistic NAME [--later] [--program FILE] [--seconds S]", 64)
    }
    try server.start()
} catch {
    fail("\(error)", 69)
}
print(server.baseURL)
fflush(nil)
Thread.sleep(forTimeInterval: seconds)
server.stop()
