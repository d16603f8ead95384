import Foundation
import WTTrace

/// Who wrote a message of the conversation.
public enum ModelRole: String, Sendable, Hashable {
    case user
    case assistant
}

/// One block of a message's content.
public enum ModelContentBlock: Sendable, Hashable {
    /// Plain text.
    case text(String)
    /// The model asks for a tool to be run with `input` (a JSON object matching the tool's schema).
    case toolUse(id: String, name: String, input: JSONValue)
    /// What running the tool of `toolUseID` produced, sent back in the next user message.
    case toolResult(toolUseID: String, content: String, isError: Bool)
    /// A tool's answer that is a picture (a screenshot, PNG) with a line of text; a backend that cannot send
    /// pictures sends the text and says the picture was left out.
    case toolResultImage(toolUseID: String, text: String, png: Data)
    /// A block of a type this client does not model (e.g. `thinking`), kept exactly as received so it can
    /// be sent back unchanged in the next request.
    case other(JSONValue)
}

/// One message of the conversation.
public struct ModelMessage: Sendable, Hashable {
    public var role: ModelRole
    public var content: [ModelContentBlock]

    /// A message from its role and blocks.
    public init(role: ModelRole, content: [ModelContentBlock]) {
        self.role = role
        self.content = content
    }

    /// A user message holding one text block.
    public static func user(_ text: String) -> ModelMessage { ModelMessage(role: .user, content: [.text(text)]) }
}
