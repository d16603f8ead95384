/// What an AI agent sees of a page and how it points back at it: a compact text view in which every
/// element worth acting on or reading carries a short ref (`[e12] button "Sign in"`), and the way back
/// from a ref to a locator the drivers and the trace understand. Drivers that show real pages (the
/// browser) conform; a wrapper forwards to the driver it wraps.
///
/// Refs stay the same while the element stays in the page, across observations of one page; a new
/// document starts numbering again. The view is capped at `maxTokens` (estimated as in
/// `PageObservation.estimatedTokens`): what does not fit is summarised, never cut mid-line.
public protocol PageObserving: Sendable {
    /// The page as the model sees it. With `since` nil (or after the document was replaced) the whole view;
    /// otherwise only the lines that changed since the observation with that `sequence` number, plus the
    /// URL and title. Occurrences of `masked` values (secrets typed by the runtime) show as `••••`.
    func observe(since: Int?, maxTokens: Int, masked: [String]) async throws(StepError) -> PageObservation

    /// The region under `ref` in full detail (every descendant line, no list summarising), capped at
    /// `maxTokens`; an unknown or stale ref fails with a sentence naming it.
    func lookCloser(at ref: String, maxTokens: Int, masked: [String]) async throws(StepError) -> PageObservation

    /// The page's visible text (frames and open shadow roots included), capped at `maxTokens`.
    func pageText(maxTokens: Int, masked: [String]) async throws(StepError) -> String

    /// A locator that finds exactly the element `ref` names in the live page and in a snapshot of it,
    /// with the `within` chain (frames, outermost first) it sits in; an unknown or stale ref fails with a
    /// sentence naming it and saying to observe again.
    func locate(ref: String) async throws(StepError) -> (locator: ResolvedLocator, scope: [ResolvedLocator])
}

/// One observation of a page.
public struct PageObservation: Sendable, Hashable {
    /// Increases with every observation of a driver; pass it back as `since` to get only what changed.
    public var sequence: Int
    public var url: String
    public var title: String
    /// The view: one line per element, indented by nesting, refs in brackets.
    public var text: String
    /// True when `text` holds only what changed since an earlier observation.
    public var isDelta: Bool

    public init(sequence: Int, url: String, title: String, text: String, isDelta: Bool) {
        self.sequence = sequence
        self.url = url
        self.title = title
        self.text = text
        self.isDelta = isDelta
    }

    /// Tokens the view costs a model, estimated: one per 4 UTF-8 bytes, rounded up (the rule of thumb
    /// Anthropic gives for English; measured against real counts in `bench/observe`).
    public var estimatedTokens: Int { Self.estimatedTokens(text) }

    /// The same estimate for any text.
    public static func estimatedTokens(_ text: String) -> Int { (text.utf8.count + 3) / 4 }
}
