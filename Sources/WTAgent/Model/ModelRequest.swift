import WTTrace

/// A tool the model may ask for: a name, what it does, and a JSON Schema for its input.
public struct ModelTool: Sendable, Hashable {
    public var name: String
    public var description: String
    /// A JSON Schema object (`{"type": "object", "properties": …}`).
    public var inputSchema: JSONValue

    /// A tool from its parts.
    public init(name: String, description: String, inputSchema: JSONValue) {
        self.name = name
        self.description = description
        self.inputSchema = inputSchema
    }
}

/// Whether and which tool the model must use.
public enum ModelToolChoice: Sendable, Hashable {
    /// The model decides (the API's default when tools are offered).
    case auto
    /// The model must use one of the tools.
    case any
    /// The model must use the named tool.
    case tool(String)
    /// The model must not use a tool.
    case none
}

/// One call to the model: the conversation so far and what the model may do next.
public struct ModelRequest: Sendable, Hashable {
    /// The model id, e.g. `claude-sonnet-4-5`.
    public var model: String
    /// The most tokens the reply may have; a reply cut there stops with `maxTokens`.
    public var maxTokens: Int
    /// Instructions that hold for the whole conversation.
    public var system: String?
    /// The conversation, starting with a user message.
    public var messages: [ModelMessage]
    /// The tools offered, in order.
    public var tools: [ModelTool]
    /// Left out when `nil`, so the API's default applies.
    public var toolChoice: ModelToolChoice?
    /// Left out when `nil`, so the API's default applies.
    public var temperature: Double?
    /// What the API may cache for the next request; nothing by default.
    public var cache: ModelPromptCache

    /// A request; everything but the model, the token limit and the messages is optional.
    public init(
        model: String, maxTokens: Int, system: String? = nil, messages: [ModelMessage], tools: [ModelTool] = [],
        toolChoice: ModelToolChoice? = nil, temperature: Double? = nil, cache: ModelPromptCache = []
    ) {
        self.model = model
        self.maxTokens = maxTokens
        self.system = system
        self.messages = messages
        self.tools = tools
        self.toolChoice = toolChoice
        self.temperature = temperature
        self.cache = cache
    }
}
