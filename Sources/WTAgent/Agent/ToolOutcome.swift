import Foundation
import WTTrace

/// What one tool call came to.
enum ToolOutcome: Sendable {
    /// The tool ran; `text` goes back to the model.
    case answer(String)
    /// The tool answered with a picture of the page (PNG) and a line of text.
    case picture(String, Data)
    /// The tool could not run; `text` goes back to the model as an error it can act on.
    case error(String)
    /// `finish` with a result that passed its checks.
    case finished(JSONValue)
    /// `give_up`, with the model's reason.
    case gaveUp(String)
}
