import Foundation

/// Locations of the repository's folders, found from a test file's `#filePath` so tests run from any
/// working directory.
public enum Paths {
    /// The package root: the nearest ancestor of `filePath` that holds Package.swift.
    public static func repositoryRoot(from filePath: String = #filePath) -> URL {
        var url = URL(fileURLWithPath: filePath).deletingLastPathComponent()
        while url.path != "/" {
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url }
            url.deleteLastPathComponent()
        }
        return URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
    }

    public static var samples: URL { repositoryRoot().appendingPathComponent("samples") }
    public static var grammar: URL { repositoryRoot().appendingPathComponent("grammar") }
    /// `shared/` (the conformance data) sits beside the checkout, as CI lays it out; `WTC_SHARED` points
    /// elsewhere for a clone that lives somewhere else.
    public static var shared: URL {
        if let path = ProcessInfo.processInfo.environment["WTC_SHARED"], !path.isEmpty {
            return URL(fileURLWithPath: path)
        }
        return repositoryRoot().deletingLastPathComponent().appendingPathComponent("shared")
    }

    /// Every `samples/<name>/program.wt`, sorted.
    public static func samplePrograms() -> [URL] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: samples.path)) ?? []
        return names.sorted().map { samples.appendingPathComponent($0).appendingPathComponent("program.wt") }
            .filter { FileManager.default.fileExists(atPath: $0.path) }
    }

    /// The built `wtc` binary next to the test bundle (`.build/<config>/wtc`).
    public static var wtcBinary: URL {
        let bundle = Bundle.main.bundleURL
        let candidates = [
            bundle.appendingPathComponent("wtc"),
            bundle.deletingLastPathComponent().appendingPathComponent("wtc"),
        ]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates[0]
    }
}
