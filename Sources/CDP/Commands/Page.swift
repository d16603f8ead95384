/// The `Page` domain: navigation, frames, screenshots, dialogs and lifecycle events.
public enum Page {
    /// One frame of the page.
    public struct Frame: Decodable, Sendable, Equatable {
        public let id: String
        public let parentId: String?
        public let loaderId: String
        public let name: String?
        public let url: String
        public let securityOrigin: String?
        public let mimeType: String?
    }

    /// A frame and its children, recursively.
    public struct FrameTree: Decodable, Sendable, Equatable {
        public let frame: Frame
        public let childFrames: [FrameTree]?
    }

    /// `Page.enable`: turns on the events of this domain.
    public struct Enable: CDPCommand {
        public static let method = "Page.enable"
        public typealias Response = CDPEmptyResponse
        public init() {}
    }

    /// `Page.setLifecycleEventsEnabled`: `LifecycleEvent`s (`DOMContentLoaded`, `networkIdle`, ...).
    public struct SetLifecycleEventsEnabled: CDPCommand {
        public static let method = "Page.setLifecycleEventsEnabled"
        public typealias Response = CDPEmptyResponse
        public var enabled: Bool
        public init(enabled: Bool = true) { self.enabled = enabled }
    }

    /// `Page.navigate`. Returns when the navigation has committed (or failed: see `errorText`), before the
    /// page has loaded; wait for `LoadEventFired` with `CDPSession.expect`.
    public struct Navigate: CDPCommand {
        public static let method = "Page.navigate"
        public struct Response: Decodable, Sendable {
            public let frameId: String
            /// Absent for a same-document navigation (a fragment change).
            public let loaderId: String?
            /// `net::ERR_NAME_NOT_RESOLVED` and the like when the navigation failed.
            public let errorText: String?
            /// The URL was a download: no document loads.
            public let isDownload: Bool?
        }
        public var url: String
        public var referrer: String?
        public var frameId: String?
        public init(url: String, referrer: String? = nil, frameId: String? = nil) {
            self.url = url
            self.referrer = referrer
            self.frameId = frameId
        }
    }

    /// `Page.reload`.
    public struct Reload: CDPCommand {
        public static let method = "Page.reload"
        public typealias Response = CDPEmptyResponse
        public var ignoreCache: Bool?
        public init(ignoreCache: Bool? = nil) { self.ignoreCache = ignoreCache }
    }

    /// `Page.getFrameTree`.
    public struct GetFrameTree: CDPCommand {
        public static let method = "Page.getFrameTree"
        public struct Response: Decodable, Sendable { public let frameTree: FrameTree }
        public init() {}
    }

    /// `Page.createIsolatedWorld`: a JavaScript world of its own in `frameId`'s document, sharing the DOM
    /// but not the page's globals. Asking again with the same `worldName` answers the same context while
    /// the document lives; after the frame navigates the old context id is gone and a new call makes one.
    public struct CreateIsolatedWorld: CDPCommand {
        public static let method = "Page.createIsolatedWorld"
        public struct Response: Decodable, Sendable { public let executionContextId: Int }
        public var frameId: String
        public var worldName: String?
        public init(frameId: String, worldName: String? = nil) {
            self.frameId = frameId
            self.worldName = worldName
        }
    }

    /// `Page.captureScreenshot`; `data` is base64.
    public struct CaptureScreenshot: CDPCommand {
        public static let method = "Page.captureScreenshot"
        public struct Response: Decodable, Sendable { public let data: String }
        /// A region of the page in CSS pixels.
        public struct Viewport: Encodable, Sendable {
            public var x: Double
            public var y: Double
            public var width: Double
            public var height: Double
            public var scale: Double
            public init(x: Double, y: Double, width: Double, height: Double, scale: Double = 1) {
                self.x = x
                self.y = y
                self.width = width
                self.height = height
                self.scale = scale
            }
        }
        /// `png`, `jpeg` or `webp`.
        public var format: String
        public var quality: Int?
        public var clip: Viewport?
        public var captureBeyondViewport: Bool?
        public init(
            format: String = "png", quality: Int? = nil, clip: Viewport? = nil, captureBeyondViewport: Bool? = nil
        ) {
            self.format = format
            self.quality = quality
            self.clip = clip
            self.captureBeyondViewport = captureBeyondViewport
        }
    }

    /// `Page.handleJavaScriptDialog`: answers the open `alert`, `confirm`, `prompt` or `beforeunload`.
    public struct HandleJavaScriptDialog: CDPCommand {
        public static let method = "Page.handleJavaScriptDialog"
        public typealias Response = CDPEmptyResponse
        public var accept: Bool
        public var promptText: String?
        public init(accept: Bool, promptText: String? = nil) {
            self.accept = accept
            self.promptText = promptText
        }
    }

    /// `Page.loadEventFired`: the main frame's `load` event.
    public struct LoadEventFired: CDPEvent {
        public static let method = "Page.loadEventFired"
        public let timestamp: Double
    }

    /// `Page.domContentEventFired`.
    public struct DOMContentEventFired: CDPEvent {
        public static let method = "Page.domContentEventFired"
        public let timestamp: Double
    }

    /// `Page.frameNavigated`: a frame committed a navigation.
    public struct FrameNavigated: CDPEvent {
        public static let method = "Page.frameNavigated"
        public let frame: Frame
        /// `Navigation` or `BackForwardCacheRestore`.
        public let type: String?
    }

    /// `Page.lifecycleEvent` (after `SetLifecycleEventsEnabled`): `init`, `DOMContentLoaded`, `load`,
    /// `networkAlmostIdle`, `networkIdle`, ...
    public struct LifecycleEvent: CDPEvent {
        public static let method = "Page.lifecycleEvent"
        public let frameId: String
        public let loaderId: String
        public let name: String
        public let timestamp: Double
    }

    /// `Page.javascriptDialogOpening`: the page waits until `HandleJavaScriptDialog` answers.
    public struct JavascriptDialogOpening: CDPEvent {
        public static let method = "Page.javascriptDialogOpening"
        public let url: String
        public let message: String
        /// `alert`, `confirm`, `prompt` or `beforeunload`.
        public let type: String
        public let hasBrowserHandler: Bool
        public let defaultPrompt: String?
    }
}
