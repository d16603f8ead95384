import Foundation
import Hummingbird
import WTServer

/// The list of reuse keys.
struct KeysBody: Sendable {
    var keys: [String]
    var empty: String?
}

extension WebConsole {
    /// How many of a key's runs the key page reads (newest first), in pages of 200.
    static let runPages = 5

    /// GET /keys: the workspace's keys.
    func keysPage(_ visitor: Visitor) async throws -> Response {
        let keys = try await backend.reuseKeys(workspace: visitor.workspace)
        var chrome = visitor.chrome
        chrome.onKeys = true
        let body = KeysBody(keys: keys, empty: keys.isEmpty ? ConsoleMessages.noKeys : nil)
        return renderer.page("keys", PageContext(title: ConsoleMessages.keysTitle, chrome: chrome, page: body))
    }

    /// GET /keys/{key}: the current program, the revisions with their runs, the diff form, the cost curve.
    func keyPage(_ key: String, _ visitor: Visitor) async throws -> Response {
        guard let body = try await keyBody(key, visitor, from: nil, to: nil) else {
            return notFound(ConsoleMessages.keyNotFound, visitor, link: ("/keys", ConsoleMessages.allKeys))
        }
        return renderer.page(
            "key", PageContext(title: ConsoleMessages.keyTitle(key), chrome: keyChrome(visitor), page: body))
    }

    /// GET /keys/{key}/diff?from=&to=: the key page's diff between two revisions.
    func diffPage(_ key: String, _ request: Request, _ visitor: Visitor) async throws -> Response {
        let query = request.uri.queryParameters
        let (from, to) = (query.get("from") ?? "", query.get("to") ?? "")
        guard var body = try await keyBody(key, visitor, from: from, to: to) else {
            return notFound(ConsoleMessages.keyNotFound, visitor, link: ("/keys", ConsoleMessages.allKeys))
        }
        var status = HTTPResponse.Status.ok
        if let unified = try await backend.diff(workspace: visitor.workspace, key: key, from: from, to: to) {
            let lines = DiffLine.parse(unified)
            (body.diff, body.diffFrom, body.diffTo) = (lines, from, to)
            body.identical = !lines.contains { $0.kind == "added" || $0.kind == "removed" }
        } else {
            (body.diffError, status) = (ConsoleMessages.revisionNotFound, .notFound)
        }
        return renderer.page(
            "key", PageContext(title: ConsoleMessages.diffTitle(key), chrome: keyChrome(visitor), page: body),
            status: status)
    }

    private func keyBody(_ key: String, _ visitor: Visitor, from: String?, to: String?) async throws -> KeyBody? {
        guard let view = try await backend.reuseKey(workspace: visitor.workspace, key: key) else { return nil }
        var runs: [TaskSummary] = []
        var cursor: String?
        for _ in 0..<Self.runPages {
            let page = try await backend.list(
                workspace: visitor.workspace, query: TaskListQuery(reuseKey: key, cursor: cursor, limit: 200))
            runs += page.items
            cursor = page.nextCursor
            if cursor == nil { break }
        }
        return KeyBody(view, runs: runs, from: from, to: to)
    }

    private func keyChrome(_ visitor: Visitor) -> Chrome {
        var chrome = visitor.chrome
        chrome.onKeys = true
        return chrome
    }
}
