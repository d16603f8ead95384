/// One thing done on the site, in order: an action on the page or an extraction, with the page before and
/// after it. Steps that failed stay in the trace (an agent's retried attempt): the compiler drops them.
public struct TraceStep: Sendable, Hashable {
    public var index: Int
    public var action: TraceAction
    /// `open`: the address. `fill`: the text. `select`: the option. `press`: the key name.
    public var value: String?
    /// When the input came from a secret parameter: its name (the value itself is never recorded).
    public var secret: String?
    /// `select`: whether `value` is the option's `value` attribute or its visible label.
    public var selectBy: String?
    /// The element acted on, described redundantly so the compiler can choose a robust locator.
    public var target: TraceElement?
    /// The `within` chain enclosing the target (iframes, shadow hosts, containers), outermost first.
    public var scope: [TraceElement]
    public var before: TracePage?
    public var after: TracePage?
    /// `extract`: where the records went and the records themselves, as examples.
    public var extraction: TraceExtraction?
    /// `ok`, or why the step failed.
    public var error: String?
    public var timing: TraceTiming?
    /// Where the step came from when the trace was recorded from a program: `program.wt:12`.
    public var source: String?

    public init(
        index: Int, action: TraceAction, value: String? = nil, secret: String? = nil, selectBy: String? = nil,
        target: TraceElement? = nil, scope: [TraceElement] = [], before: TracePage? = nil, after: TracePage? = nil,
        extraction: TraceExtraction? = nil, error: String? = nil, timing: TraceTiming? = nil, source: String? = nil
    ) {
        self.index = index
        self.action = action
        self.value = value
        self.secret = secret
        self.selectBy = selectBy
        self.target = target
        self.scope = scope
        self.before = before
        self.after = after
        self.extraction = extraction
        self.error = error
        self.timing = timing
        self.source = source
    }
}

/// The actions a trace may record. A reader refuses any other with the list of these.
public enum TraceAction: String, Sendable, Hashable, CaseIterable {
    case open, click, fill, select, check, uncheck, press, scroll, back, download, extract, wait
}

/// A page at one moment: where, its title, and the files holding its HTML.
public struct TracePage: Sendable, Hashable {
    public var url: String
    public var title: String
    /// The rendered DOM as HTML (relative to the trace folder).
    public var snapshot: String?
    /// The document's body as the network delivered it, before any script ran (relative path).
    public var response: String?

    public init(url: String, title: String, snapshot: String? = nil, response: String? = nil) {
        self.url = url
        self.title = title
        self.snapshot = snapshot
        self.response = response
    }
}

/// Records extracted by a step, as examples for the compiler to generalise from.
public struct TraceExtraction: Sendable, Hashable {
    /// The output or variable the records went to.
    public var into: String
    /// True when the records were appended (`+=`), false when they replaced the value.
    public var append: Bool
    /// A list of records, one record, or a scalar.
    public var value: JSONValue
    /// The selectors the recording's `each`/`one`/`table` container locator used (CSS, or XPath starting
    /// with `/`, `(`, `./` or `..`), in its order; empty for a single field or when not recorded (older
    /// traces).
    public var container: [String]
    /// The selectors each field read from the page used, as the recording wrote them: the compiler tries
    /// them first, as evidence of which element holds the value. A single-field extraction names its one
    /// field `value`. Empty when not recorded.
    public var fields: [TraceReadField]

    public init(
        into: String, append: Bool, value: JSONValue, container: [String] = [], fields: [TraceReadField] = []
    ) {
        self.into = into
        self.append = append
        self.value = value
        self.container = container
        self.fields = fields
    }
}

/// The selectors one field of an extraction was read with (`name = text ".price"` records `.price`).
public struct TraceReadField: Sendable, Hashable {
    /// The record field, or `value` for a single-field extraction.
    public var name: String
    /// CSS selectors, or XPath expressions (starting with `/`, `(`, `./` or `..`; other XPath is kept in
    /// parentheses), in the locator's order. Semantic choices (role, label, text) are not recorded.
    public var selectors: [String]

    public init(name: String, selectors: [String]) {
        self.name = name
        self.selectors = selectors
    }
}

/// When a step started, relative to the run's start, and how long it took, in milliseconds.
public struct TraceTiming: Sendable, Hashable {
    public var startMs: Double
    public var durationMs: Double

    public init(startMs: Double, durationMs: Double) {
        self.startMs = startMs
        self.durationMs = durationMs
    }
}
