import CDP

/// What the page script reports about the element a step acts on.
struct ActionTarget: Sendable {
    var tag: String
    var type: String
    var visible: Bool
    var enabled: Bool
    /// The centre of the element in top-level viewport coordinates, where the mouse goes.
    var x: Double
    var y: Double
    var receives: Bool
    var hitBy: String?
    var checked: Bool
    var editable: Bool
    var description: String
    /// The element stayed where it was across an animation frame (`settledTarget`).
    var stable: Bool
    /// The cross-origin frame the element lives in, where `window.__wtcLast` names it; nil for the top
    /// document (and the same-origin frames it reaches).
    var context: FrameContext?

    init?(_ json: JSON) {
        guard let tag = json["tag"]?.stringValue, let x = json["x"]?.doubleValue, let y = json["y"]?.doubleValue else {
            return nil
        }
        self.tag = tag
        self.type = json["type"]?.stringValue ?? ""
        self.visible = json["visible"]?.boolValue ?? false
        self.enabled = json["enabled"]?.boolValue ?? false
        self.x = x
        self.y = y
        self.receives = json["receives"]?.boolValue ?? false
        self.hitBy = json["hitBy"]?.stringValue
        self.checked = json["checked"]?.boolValue ?? false
        self.editable = json["editable"]?.boolValue ?? false
        self.description = json["description"]?.stringValue ?? "<\(tag)>"
        self.stable = json["stable"]?.boolValue ?? false
    }

    /// Moves the point out of a frame into its parent's coordinates, from the parent's `frameHit` answer:
    /// a hidden frame hides the element, and whatever covers the frame at the point covers the element.
    /// False when the answer has no point (the frame went away).
    mutating func lift(_ hit: JSON) -> Bool {
        guard let x = hit["x"]?.doubleValue, let y = hit["y"]?.doubleValue else { return false }
        self.x = x
        self.y = y
        if hit["visible"]?.boolValue != true { visible = false }
        if receives, hit["receives"]?.boolValue != true {
            receives = false
            hitBy = hit["hitBy"]?.stringValue
        }
        return true
    }
}
