/// Which parts of a request the API may cache, so the next request that starts the same way reads them
/// at a tenth of the price instead of paying for them again.
///
/// Each member marks a cache breakpoint: everything up to and including the marked part is cached for
/// five minutes. An agent's tools and system prompt never change during a run (`stablePrefix`); marking
/// the conversation too caches every turn for the next one, which only re-reads what was added.
public struct ModelPromptCache: OptionSet, Sendable, Hashable {
    public let rawValue: Int

    public init(rawValue: Int) { self.rawValue = rawValue }

    /// The tool definitions (marked on the last tool).
    public static let tools = ModelPromptCache(rawValue: 1 << 0)
    /// The system prompt (sent as a list of one text block, which is the form that can carry the mark).
    public static let system = ModelPromptCache(rawValue: 1 << 1)
    /// The whole conversation so far (marked on the last block of the last message).
    public static let conversation = ModelPromptCache(rawValue: 1 << 2)

    /// The tools and the system prompt: the part of an agent's request that never changes.
    public static let stablePrefix: ModelPromptCache = [.tools, .system]
}
