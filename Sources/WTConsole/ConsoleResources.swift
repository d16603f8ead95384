import Foundation
import Logging
import Mustache
import WTReport

/// The console's templates (`Templates/*.mustache`) and static files (`Static/`), shipped as the target's
/// resources. Looked up by hand next to the executable (how SwiftPM lays resources out) or, in a checkout,
/// beside this source file — not through `Bundle.module`, whose accessor stops the process when the
/// resource is missing; a missing or broken template makes its pages answer 500 instead.
struct ConsoleResources: Sendable {
    static let resourceFolder = "wtc_WTConsole.resources"

    let library: MustacheLibrary
    let stylesheet: [UInt8]?
    let script: [UInt8]?

    /// Loads every template and static file it finds; problems are logged.
    static func load(logger: Logger) -> ConsoleResources {
        var library = MustacheLibrary()
        let templates = folder("Templates")
        let names = templates.flatMap { try? FileManager.default.contentsOfDirectory(atPath: $0.path) } ?? []
        for name in names.sorted() where name.hasSuffix(".mustache") {
            guard let folder = templates,
                let text = try? String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            else { continue }
            do {
                try library.register(text, named: String(name.dropLast(".mustache".count)))
            } catch {
                logger.error("console template does not parse", metadata: ["template": "\(name)", "error": "\(error)"])
            }
        }
        if names.isEmpty { logger.warning("console templates not found; its pages will answer 500") }
        let statics = folder("Static")
        func bytes(_ name: String) -> [UInt8]? {
            (statics.flatMap { try? Data(contentsOf: $0.appendingPathComponent(name)) }).map(Array.init)
        }
        // The run report's stylesheet first, so the console looks like the report; then the console's own rules.
        let stylesheet = Array(ReportStyle.css.utf8) + Array("\n".utf8) + (bytes("console.css") ?? [])
        return ConsoleResources(library: library, stylesheet: stylesheet, script: bytes("console.js"))
    }

    /// The first of the two places that has `name` as a folder.
    private static func folder(_ name: String) -> URL? {
        let candidates = [
            Bundle.main.bundleURL.appendingPathComponent(resourceFolder).appendingPathComponent(name),
            URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(name),
        ]
        return candidates.first { url in
            var isFolder: ObjCBool = false
            return FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder) && isFolder.boolValue
        }
    }
}
