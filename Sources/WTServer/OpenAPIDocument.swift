import Foundation

/// The committed OpenAPI document the routes were generated from, served at `/openapi.json` byte for
/// byte. It ships as the target's resource; found next to the executable (how SwiftPM lays resources
/// out) or, in a checkout, beside this source file. Looked up by hand rather than through
/// `Bundle.module`, whose accessor stops the process when the resource is missing.
enum OpenAPIDocument {
    static let resourceFolder = "wtc_WTServer.resources"

    /// The document's bytes, or nil when neither place has it.
    static func load() -> [UInt8]? {
        let candidates = [
            Bundle.main.bundleURL.appendingPathComponent(resourceFolder).appendingPathComponent("openapi.json"),
            URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("openapi.json"),
        ]
        for url in candidates {
            if let data = try? Data(contentsOf: url) { return Array(data) }
        }
        return nil
    }
}
