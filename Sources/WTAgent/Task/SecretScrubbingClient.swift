/// A `ModelClient` that scrubs every request before it leaves: the system prompt, every text block, tool
/// result and tool input of the conversation, and tool descriptions, each secret value replaced by its
/// `{name}` placeholder. The agent already sends placeholders; this is the net under it, so a value that
/// slipped into a page's text, an error message or a tool result still never reaches the model.
public struct SecretScrubbingClient: ModelClient {
    public let base: any ModelClient
    public let scrubber: SecretScrubber

    public init(_ base: any ModelClient, scrubber: SecretScrubber) {
        self.base = base
        self.scrubber = scrubber
    }

    /// The backend underneath: scrubbing changes what is sent, not who answers.
    public var backend: ModelBackend { base.backend }

    public func send(_ request: ModelRequest) async throws(ModelError) -> ModelResponse {
        try await base.send(scrubber.isEmpty ? request : scrubbed(request))
    }

    /// `request` with every secret replaced.
    public func scrubbed(_ request: ModelRequest) -> ModelRequest {
        var clean = request
        clean.system = request.system.map { scrubber.scrub($0) }
        clean.messages = request.messages.map { message in
            ModelMessage(role: message.role, content: message.content.map(scrubbed))
        }
        clean.tools = request.tools.map { tool in
            ModelTool(
                name: tool.name, description: scrubber.scrub(tool.description),
                inputSchema: scrubber.scrub(tool.inputSchema))
        }
        return clean
    }

    private func scrubbed(_ block: ModelContentBlock) -> ModelContentBlock {
        switch block {
        case .text(let text): .text(scrubber.scrub(text))
        case .toolUse(let id, let name, let input): .toolUse(id: id, name: name, input: scrubber.scrub(input))
        case .toolResult(let id, let content, let isError):
            .toolResult(toolUseID: id, content: scrubber.scrub(content), isError: isError)
        case .toolResultImage(let id, let text, let png):
            .toolResultImage(toolUseID: id, text: scrubber.scrub(text), png: png)
        case .other(let raw): .other(scrubber.scrub(raw))
        }
    }
}
