import Foundation
import WTTestSupport

// Serves one sample's site (samples/<name>/site plus its dynamic routes) on loopback until killed or
// until --seconds pass. Prints the base URL on the first line of stdout so scripts can read it.
// Usage: wtc-sample-site NAME [--port N] [--seconds S]

let arguments = Array(CommandLine.arguments.dropFirst())
guard let name = arguments.first else {
    FileHandle.standardError.write(Data("usage: wtc-sample-site NAME [--seconds S]\n".utf8))
    exit(64)
}
let seconds =
    arguments.firstIndex(of: "--seconds").flatMap { i in
        i + 1 < arguments.count ? Double(arguments[i + 1]) : nil
    } ?? 600
let samples = URL(fileURLWithPath: FileManager.default.currentDirectoryPath).appendingPathComponent("samples")
guard FileManager.default.fileExists(atPath: samples.appendingPathComponent(name).appendingPathComponent("site").path)
else {
    FileHandle.standardError.write(Data("wtc-sample-site: no site for sample '\(name)' under \(samples.path)\n".utf8))
    exit(66)
}
do {
    let server = try SampleSites.server(name, samples: samples)
    try server.start()
    print(server.baseURL)
    fflush(nil)
    Thread.sleep(forTimeInterval: seconds)
    server.stop()
} catch {
    FileHandle.standardError.write(Data("wtc-sample-site: \(error)\n".utf8))
    exit(69)
}
