import CDP
import Foundation

/// The few DevTools commands the browser driver sends that `CDP` does not define yet; typed like the rest
/// (CONVENTIONS.md #11).
enum PageCommands {
    struct AddScriptToEvaluateOnNewDocument: CDPCommand {
        static let method = "Page.addScriptToEvaluateOnNewDocument"
        struct Response: Decodable, Sendable { let identifier: String }
        var source: String
    }

    struct GetNavigationHistory: CDPCommand {
        static let method = "Page.getNavigationHistory"
        struct Entry: Decodable, Sendable {
            let id: Int
            let url: String
        }
        struct Response: Decodable, Sendable {
            let currentIndex: Int
            let entries: [Entry]
        }
    }

    struct NavigateToHistoryEntry: CDPCommand {
        static let method = "Page.navigateToHistoryEntry"
        typealias Response = CDPEmptyResponse
        var entryId: Int
    }

    /// Sent as soon as the renderer asks for a navigation (a link's default action, a form submission,
    /// `location = …`) — while the input event that caused it is still being handled, so it arrives before
    /// the reply to that input command.
    struct FrameRequestedNavigation: CDPEvent {
        static let method = "Page.frameRequestedNavigation"
        let frameId: String
        let url: String
        /// `currentTab`, `newTab`, `newWindow` or `download`: only the first replaces the frame's document.
        let disposition: String?
    }

    struct FrameStartedLoading: CDPEvent {
        static let method = "Page.frameStartedLoading"
        let frameId: String
    }

    /// Sent when a frame stops loading: after its load event, and also when a navigation ends without a
    /// new document (a download, a 204 answer, a cancelled request).
    struct FrameStoppedLoading: CDPEvent {
        static let method = "Page.frameStoppedLoading"
        let frameId: String
    }

    /// A same-document navigation (a fragment, `history.pushState`): no new document, no load event.
    struct NavigatedWithinDocument: CDPEvent {
        static let method = "Page.navigatedWithinDocument"
        let frameId: String
    }

}

/// Keys `press` can send: DOM key name → (code, Windows virtual key code, text it types).
enum KeyTable {
    typealias KeyEvent = (code: String, keyCode: Int, text: String?)

    static let named: [String: KeyEvent] = [
        "Enter": ("Enter", 13, "\r"), "Tab": ("Tab", 9, nil), "Escape": ("Escape", 27, nil),
        "Backspace": ("Backspace", 8, nil), "Delete": ("Delete", 46, nil), "Space": ("Space", 32, " "),
        "ArrowUp": ("ArrowUp", 38, nil), "ArrowDown": ("ArrowDown", 40, nil), "ArrowLeft": ("ArrowLeft", 37, nil),
        "ArrowRight": ("ArrowRight", 39, nil), "Home": ("Home", 36, nil), "End": ("End", 35, nil),
        "PageUp": ("PageUp", 33, nil), "PageDown": ("PageDown", 34, nil),
    ]

    static func event(for key: String) -> KeyEvent {
        if let known = named[key] { return known }
        if key.count == 1, let scalar = key.uppercased().unicodeScalars.first, scalar.isASCII {
            let letter = CharacterSet.letters.contains(scalar)
            return (letter ? "Key\(key.uppercased())" : "", Int(scalar.value), key)
        }
        return (key, 0, nil)
    }

    /// CDP modifier bits: Alt 1, Control 2, Meta 4, Shift 8.
    static func modifiers(_ names: [String]) -> Int {
        names.reduce(0) { bits, name in
            switch name {
            case "Alt": bits | 1
            case "Control", "ControlOrMeta": bits | 2
            case "Meta": bits | 4
            case "Shift": bits | 8
            default: bits
            }
        }
    }
}
