/// An element described every way a locator could find it again. Any field may be missing; the compiler
/// ranks what is there and checks each candidate against the step's snapshot.
public struct TraceElement: Sendable, Hashable {
    /// The recorder's handle for the element in its page (agent observations use `e12`).
    public var ref: String?
    public var tag: String
    public var id: String?
    public var classes: [String]
    public var role: String?
    /// The accessible name.
    public var name: String?
    public var label: String?
    /// Normalised visible text, shortened.
    public var text: String?
    /// Every attribute in document order.
    public var attributes: [Attribute]
    /// Selectors the recorder saw work (the program's own, or the agent's), best first.
    public var selectors: [String]
    /// An absolute XPath (`/html/body/div[2]/a[1]`).
    public var xpath: String?
    /// Its 0-based position among siblings with the same tag and classes.
    public var index: Int?

    /// One `name="value"` pair.
    public struct Attribute: Sendable, Hashable {
        public var name: String
        public var value: String

        public init(name: String, value: String) {
            self.name = name
            self.value = value
        }
    }

    public init(
        ref: String? = nil, tag: String, id: String? = nil, classes: [String] = [], role: String? = nil,
        name: String? = nil, label: String? = nil, text: String? = nil, attributes: [Attribute] = [],
        selectors: [String] = [], xpath: String? = nil, index: Int? = nil
    ) {
        self.ref = ref
        self.tag = tag
        self.id = id
        self.classes = classes
        self.role = role
        self.name = name
        self.label = label
        self.text = text
        self.attributes = attributes
        self.selectors = selectors
        self.xpath = xpath
        self.index = index
    }

    /// The value of attribute `name`, if present.
    public func attribute(_ name: String) -> String? {
        attributes.first { $0.name == name }?.value
    }
}
