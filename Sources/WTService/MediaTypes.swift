import Foundation

/// The media type a stored file is served with: the one the site sent with the download, else a guess from
/// the file name's extension for the formats tasks usually fetch, else `application/octet-stream`.
enum MediaTypes {
    static let fallback = "application/octet-stream"

    static func type(given: String?, name: String) -> String {
        if let given = given?.trimmingCharacters(in: .whitespaces), !given.isEmpty, given.contains("/") {
            return given
        }
        guard let dot = name.lastIndex(of: "."), name.index(after: dot) < name.endIndex else { return fallback }
        return byExtension[name[name.index(after: dot)...].lowercased()] ?? fallback
    }

    private static let byExtension: [String: String] = [
        "csv": "text/csv", "tsv": "text/tab-separated-values", "txt": "text/plain", "json": "application/json",
        "xml": "application/xml", "html": "text/html", "htm": "text/html", "pdf": "application/pdf",
        "zip": "application/zip", "gz": "application/gzip", "png": "image/png", "jpg": "image/jpeg",
        "jpeg": "image/jpeg", "gif": "image/gif", "webp": "image/webp", "svg": "image/svg+xml",
        "ics": "text/calendar", "md": "text/markdown",
        "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "xls": "application/vnd.ms-excel",
        "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ]
}
