import Foundation

extension LoopbackServer {
    /// The file under `root` for a GET or HEAD, `index.html` for a folder; `nil` when there is none.
    func staticFile(for request: LoopbackRequest) -> LoopbackResponse? {
        guard let root, request.method == "GET" || request.method == "HEAD" else { return nil }
        let segments = request.path.split(separator: "/").map(String.init)
        // Never serve anything outside `root`.
        guard !segments.contains(where: { $0 == ".." || $0 == "." || $0.contains("\0") }) else { return nil }
        var url = root
        for segment in segments { url.appendPathComponent(segment) }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else { return nil }
        if isDirectory.boolValue {
            // As real servers do, so that relative links inside the index resolve against the folder.
            guard request.path.hasSuffix("/") else { return .redirect(to: request.path + "/", status: 301) }
            url.appendPathComponent("index.html")
        }
        guard let data = try? Data(contentsOf: url) else { return nil }
        let type = Self.contentType(forExtension: url.pathExtension.lowercased())
        return LoopbackResponse(status: 200, headers: [("Content-Type", type)], body: .data(data))
    }

    /// The media type for a file extension; text types say they are UTF-8.
    public static func contentType(forExtension pathExtension: String) -> String {
        switch pathExtension {
        case "html", "htm": "text/html; charset=utf-8"
        case "css": "text/css; charset=utf-8"
        case "js", "mjs": "text/javascript; charset=utf-8"
        case "json": "application/json"
        case "txt": "text/plain; charset=utf-8"
        case "csv": "text/csv; charset=utf-8"
        case "xml": "application/xml"
        case "svg": "image/svg+xml"
        case "png": "image/png"
        case "jpg", "jpeg": "image/jpeg"
        case "gif": "image/gif"
        case "webp": "image/webp"
        case "ico": "image/x-icon"
        case "pdf": "application/pdf"
        case "zip": "application/zip"
        case "wasm": "application/wasm"
        default: "application/octet-stream"
        }
    }
}
