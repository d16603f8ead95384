import CDP
import Synchronization

/// Whether the page's main frame is between documents: a navigation was requested or started (a link, a
/// form submitted from an `onchange`, a script setting `location`, now or after a timer) and its new
/// document has not fired `load` yet. Any action may start one as a side effect, so the driver asks before
/// every look at the page and waits while one is under way, inside the step's deadline.
///
/// The events are handled in the order the browser sent them (`CDPObservation`): requested → started
/// loading → committed (`frameNavigated`) → `load` → stopped loading. A navigation that ends without a new
/// document (a download, a 204 answer) stops loading without a load event; a same-document one
/// (a fragment) never starts loading.
final class NavigationWatch: Sendable {
    private struct State {
        var mainFrame: String?
        /// The URL being loaded ("" when not known yet); nil when the current document is settled.
        var loading: String?
        /// Navigations requested or started so far; a change tells an action it started one.
        var started = 0
        /// Documents committed so far; a change tells a script's caller the document it ran in went away.
        var committed = 0

        mutating func begin(_ url: String) {
            if loading == nil { started += 1 }
            loading = url
        }
    }

    private let state = Mutex(State())
    private let observation: CDPObservation

    /// Starts following `session`'s main frame; its id comes from the first commit or from `mainFrame(_:)`.
    init(_ session: CDPSession) {
        observation = CDPObservation(session)
        observation.on(PageCommands.FrameRequestedNavigation.self) { [weak self] event in
            // A link into a new tab or a download leaves this document where it is.
            guard (event.disposition ?? "currentTab") == "currentTab" else { return }
            self?.state.withLock { if $0.mainFrame == event.frameId { $0.begin(event.url) } }
        }
        observation.on(PageCommands.FrameStartedLoading.self) { [weak self] event in
            self?.state.withLock { if $0.mainFrame == event.frameId { $0.begin($0.loading ?? "") } }
        }
        observation.on(Page.FrameNavigated.self) { [weak self] event in
            guard event.frame.parentId == nil else { return }
            self?.state.withLock { state in
                state.mainFrame = event.frame.id
                state.committed += 1
                // A page restored from the back-forward cache is already loaded: no load event follows.
                state.loading = event.type == "BackForwardCacheRestore" ? nil : event.frame.url
            }
        }
        observation.on(Page.LoadEventFired.self) { [weak self] _ in self?.state.withLock { $0.loading = nil } }
        observation.on(PageCommands.FrameStoppedLoading.self) { [weak self] event in
            self?.state.withLock { if $0.mainFrame == event.frameId { $0.loading = nil } }
        }
        observation.on(PageCommands.NavigatedWithinDocument.self) { [weak self] event in
            self?.state.withLock { if $0.mainFrame == event.frameId { $0.loading = nil } }
        }
    }

    /// Tells the watch the main frame's id (known once the driver asked for the frame tree).
    func mainFrame(_ id: String) { state.withLock { $0.mainFrame = id } }

    /// The main frame's id, when known.
    var mainFrameID: String? { state.withLock { $0.mainFrame } }

    /// The URL the main frame is loading ("" when not known yet), or nil when its document is settled.
    var loading: String? { state.withLock { $0.loading } }

    /// How many navigations the main frame has requested or started.
    var started: Int { state.withLock { $0.started } }

    /// How many documents the main frame has committed.
    var committed: Int { state.withLock { $0.committed } }

    /// Stops following the page.
    func stop() { observation.cancel() }
}
