/// Receives progress as a run goes: one call per finished step. `wtc exec` prints each as a line on stderr.
public protocol RunObserver: Sendable {
    func stepFinished(_ event: StepEvent)
}

/// One finished step: what, where in the program, on which page, how long, and how many records the
/// outputs hold so far.
public struct StepEvent: Sendable {
    public var index: Int
    public var line: Int
    public var summary: String
    public var url: String?
    public var duration: Duration
    public var recordsSoFar: Int
    /// For `extract`: where the values went and the values themselves (a trace keeps them as examples).
    public var extraction: StepExtraction?

    public init(
        index: Int, line: Int, summary: String, url: String?, duration: Duration, recordsSoFar: Int,
        extraction: StepExtraction? = nil
    ) {
        self.index = index
        self.line = line
        self.summary = summary
        self.url = url
        self.duration = duration
        self.recordsSoFar = recordsSoFar
        self.extraction = extraction
    }
}

/// What an `extract` step produced: the target name, whether it appended (`+=`), and the value read.
public struct StepExtraction: Sendable {
    public var into: String
    public var append: Bool
    public var value: Value
    /// The `each`/`one`/`table` container's locator; nil for a single field or a JSON read.
    public var container: ResolvedLocator?
    /// The locator each field read the page with, in the body's order; a single field is named `value`.
    /// A trace keeps them as evidence of which elements hold the values.
    public var fields: [FieldLocator]

    public init(
        into: String, append: Bool, value: Value, container: ResolvedLocator? = nil, fields: [FieldLocator] = []
    ) {
        self.into = into
        self.append = append
        self.value = value
        self.container = container
        self.fields = fields
    }
}

/// The locator one field of an extraction read the page with.
public struct FieldLocator: Sendable, Hashable {
    public var name: String
    public var locator: ResolvedLocator

    public init(name: String, locator: ResolvedLocator) {
        self.name = name
        self.locator = locator
    }
}
