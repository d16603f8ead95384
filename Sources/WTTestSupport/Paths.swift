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
    /// `Tests/Fixtures`: data files several test targets read, kept in the repository so `swift test`
    /// works in a plain clone.
    public static var fixtures: URL { repositoryRoot().appendingPathComponent("Tests/Fixtures") }
    /// The selector conformance corpus (cases from cssselect and parsel; licence in the NOTICE beside it).
    public static var conformanceCorpus: URL { fixtures.appendingPathComponent("conformance/css-selectors.json") }

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
