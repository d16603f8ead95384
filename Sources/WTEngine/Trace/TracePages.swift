import Foundation
import Synchronization
import WTExtract
import WTRuntime
import WTTrace

/// The snapshot files of a trace being recorded: each distinct HTML once, named in order of first sight
/// (`snapshots/0003.html`), so a page seen after one step and before the next is stored once.
final class TracePages: Sendable {
    private struct State {
        var names: [String: String] = [:]
        var files: [String: String] = [:]
    }
    private let state = Mutex(State())

    /// The page a snapshot shows, its HTML stored under a stable name.
    func page(of snapshot: any PageSnapshot) -> TracePage? {
        guard let page = snapshot as? LibXMLSnapshot, let html = page.document.root?.outerHTML else { return nil }
        let name = state.withLock { state -> String in
            if let known = state.names[html] { return known }
            let name = "snapshots/" + String(format: "%04d", state.names.count + 1) + ".html"
            state.names[html] = name
            state.files[name] = html
            return name
        }
        return TracePage(url: page.url, title: page.title, snapshot: name)
    }

    /// Every stored file by its relative path.
    var files: [String: String] { state.withLock { $0.files } }
}
