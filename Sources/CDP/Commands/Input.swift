/// The `Input` domain: trusted mouse and keyboard events, as if a user produced them.
public enum Input {
    /// `Input.dispatchMouseEvent`. A click is `mouseMoved`, `mousePressed`, `mouseReleased` at the same point.
    public struct DispatchMouseEvent: CDPCommand {
        public static let method = "Input.dispatchMouseEvent"
        public typealias Response = CDPEmptyResponse
        /// `mousePressed`, `mouseReleased`, `mouseMoved` or `mouseWheel`.
        public var type: String
        /// In CSS pixels relative to the main frame's viewport.
        public var x: Double
        public var y: Double
        /// Bit field: Alt=1, Ctrl=2, Meta=4, Shift=8.
        public var modifiers: Int?
        /// `none`, `left`, `middle`, `right`, `back`, `forward`.
        public var button: String?
        public var buttons: Int?
        public var clickCount: Int?
        public var deltaX: Double?
        public var deltaY: Double?
        public init(
            type: String, x: Double, y: Double, modifiers: Int? = nil, button: String? = nil, buttons: Int? = nil,
            clickCount: Int? = nil, deltaX: Double? = nil, deltaY: Double? = nil
        ) {
            self.type = type
            self.x = x
            self.y = y
            self.modifiers = modifiers
            self.button = button
            self.buttons = buttons
            self.clickCount = clickCount
            self.deltaX = deltaX
            self.deltaY = deltaY
        }
    }

    /// `Input.dispatchKeyEvent`. A printable key is `keyDown` with `text`, then `keyUp`; a key without text
    /// (Enter, Tab, arrows) is `rawKeyDown`/`keyDown` with `key`, `code` and `windowsVirtualKeyCode`.
    public struct DispatchKeyEvent: CDPCommand {
        public static let method = "Input.dispatchKeyEvent"
        public typealias Response = CDPEmptyResponse
        /// `keyDown`, `keyUp`, `rawKeyDown` or `char`.
        public var type: String
        public var modifiers: Int?
        public var text: String?
        public var unmodifiedText: String?
        /// The DOM `key`, e.g. `Enter`, `a`.
        public var key: String?
        /// The DOM `code`, e.g. `Enter`, `KeyA`.
        public var code: String?
        public var windowsVirtualKeyCode: Int?
        public var nativeVirtualKeyCode: Int?
        public init(
            type: String, modifiers: Int? = nil, text: String? = nil, unmodifiedText: String? = nil,
            key: String? = nil, code: String? = nil, windowsVirtualKeyCode: Int? = nil,
            nativeVirtualKeyCode: Int? = nil
        ) {
            self.type = type
            self.modifiers = modifiers
            self.text = text
            self.unmodifiedText = unmodifiedText
            self.key = key
            self.code = code
            self.windowsVirtualKeyCode = windowsVirtualKeyCode
            self.nativeVirtualKeyCode = nativeVirtualKeyCode
        }
    }

    /// `Input.insertText`: types `text` into the focused element as one input (an IME commit).
    public struct InsertText: CDPCommand {
        public static let method = "Input.insertText"
        public typealias Response = CDPEmptyResponse
        public var text: String
        public init(text: String) { self.text = text }
    }
}
