/// The `Target` domain: browser contexts, tabs and the sessions attached to them.
public enum Target {
    /// What a target is.
    public struct TargetInfo: Decodable, Sendable, Equatable {
        public let targetId: String
        /// `page`, `iframe`, `worker`, `browser`, ...
        public let type: String
        public let title: String
        public let url: String
        public let attached: Bool
        public let openerId: String?
        public let browserContextId: String?
    }

    /// `Target.createBrowserContext`: a new isolated context (its own cookies, storage and cache).
    public struct CreateBrowserContext: CDPCommand {
        public static let method = "Target.createBrowserContext"
        public struct Response: Decodable, Sendable { public let browserContextId: String }
        /// Dispose of the context when the session that created it detaches.
        public var disposeOnDetach: Bool?
        public init(disposeOnDetach: Bool? = nil) { self.disposeOnDetach = disposeOnDetach }
    }

    /// `Target.disposeBrowserContext`: closes every page of the context and deletes its data.
    public struct DisposeBrowserContext: CDPCommand {
        public static let method = "Target.disposeBrowserContext"
        public typealias Response = CDPEmptyResponse
        public var browserContextId: String
        public init(browserContextId: String) { self.browserContextId = browserContextId }
    }

    /// `Target.createTarget`: opens a page, in `browserContextId` when given.
    public struct CreateTarget: CDPCommand {
        public static let method = "Target.createTarget"
        public struct Response: Decodable, Sendable { public let targetId: String }
        public var url: String
        public var browserContextId: String?
        public var width: Int?
        public var height: Int?
        public init(url: String = "about:blank", browserContextId: String? = nil, width: Int? = nil, height: Int? = nil)
        {
            self.url = url
            self.browserContextId = browserContextId
            self.width = width
            self.height = height
        }
    }

    /// `Target.attachToTarget`: a session for the target; `flatten` puts its traffic on this connection.
    public struct AttachToTarget: CDPCommand {
        public static let method = "Target.attachToTarget"
        public struct Response: Decodable, Sendable { public let sessionId: String }
        public var targetId: String
        public var flatten: Bool
        public init(targetId: String, flatten: Bool = true) {
            self.targetId = targetId
            self.flatten = flatten
        }
    }

    /// `Target.closeTarget`.
    public struct CloseTarget: CDPCommand {
        public static let method = "Target.closeTarget"
        public struct Response: Decodable, Sendable { public let success: Bool? }
        public var targetId: String
        public init(targetId: String) { self.targetId = targetId }
    }

    /// `Target.setAutoAttach`: attach to related targets (out-of-process iframes, workers) automatically;
    /// each one is announced by `AttachedToTarget`.
    public struct SetAutoAttach: CDPCommand {
        public static let method = "Target.setAutoAttach"
        public typealias Response = CDPEmptyResponse
        public var autoAttach: Bool
        public var waitForDebuggerOnStart: Bool
        public var flatten: Bool
        public init(autoAttach: Bool = true, waitForDebuggerOnStart: Bool = false, flatten: Bool = true) {
            self.autoAttach = autoAttach
            self.waitForDebuggerOnStart = waitForDebuggerOnStart
            self.flatten = flatten
        }
    }

    /// `Target.getTargets`.
    public struct GetTargets: CDPCommand {
        public static let method = "Target.getTargets"
        public struct Response: Decodable, Sendable { public let targetInfos: [TargetInfo] }
        public init() {}
    }

    /// `Target.getBrowserContexts`: the contexts made with `CreateBrowserContext` and not yet disposed of
    /// (the default context is not listed).
    public struct GetBrowserContexts: CDPCommand {
        public static let method = "Target.getBrowserContexts"
        public struct Response: Decodable, Sendable { public let browserContextIds: [String] }
        public init() {}
    }

    /// `Target.attachedToTarget`: a session was attached (auto-attach or `AttachToTarget`).
    public struct AttachedToTarget: CDPEvent {
        public static let method = "Target.attachedToTarget"
        public let sessionId: String
        public let targetInfo: TargetInfo
        public let waitingForDebugger: Bool
    }

    /// `Target.detachedFromTarget`: a session ended; calls still pending on it fail.
    public struct DetachedFromTarget: CDPEvent {
        public static let method = "Target.detachedFromTarget"
        public let sessionId: String
        public let targetId: String?
    }

    /// `Target.targetCrashed`.
    public struct TargetCrashed: CDPEvent {
        public static let method = "Target.targetCrashed"
        public let targetId: String
        public let status: String
        public let errorCode: Int
    }
}
