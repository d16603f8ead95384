import Foundation
import Synchronization

/// A page whose values change on every visit, for the compiler's value-binding tests: `/quiz` shows a new
/// word, order number and colour each time it is served, and `/answer` says `correct` only when the form
/// sent back that visit's word, its order number, the greeting `Dear <word>` and the colour chosen. A compiled program that typed the
/// recorded word instead of the one its own page shows gets `wrong`.
public final class WordQuizSite: Sendable {
    /// The words served in turn (the first visit gets the first).
    public static let words = ["Maria", "Pedro", "Ingrid", "Tomasz", "Aiko", "Lucien"]
    /// The colours asked for in turn, each an option of the form's list.
    public static let colours = ["green", "blue", "red"]

    private struct Issued {
        var visits = 0
        var word = ""
        var order = ""
        var colour = ""
    }

    private let issued = Mutex(Issued())

    public init() {}

    /// The program recorded on this site: it reads the word, the order sentence and the colour asked for,
    /// types the word, the order number (a regex part of the sentence) and a greeting around the word, and
    /// chooses the colour.
    public static let program = """
        program "word quiz"

        param base_url: url = "http://127.0.0.1:8000"

        output verdict: string

        open "{base_url}/quiz"
        extract word = text "#query b"
        extract order = text "#order"
        extract colour = text "#colour-hint i"
        fill "#answer" with word
        fill "#code" with order then match "#([0-9]+)"
        fill "#greeting" with "Dear {word}"
        select "#colour" option colour
        click "#send"
        extract verdict = text "#verdict"

        """

    public var routes: [LoopbackRoute] {
        [
            LoopbackRoute("GET", "/quiz") { [self] _ in .html(quiz()) },
            LoopbackRoute("GET", "/answer") { [self] request in .html(answer(request)) },
        ]
    }

    /// The word the latest visit to `/quiz` was shown.
    public var currentWord: String { issued.withLock { $0.word } }

    /// The order number the latest visit to `/quiz` was shown.
    public var currentOrder: String { issued.withLock { $0.order } }

    /// A program that puts what it read into an address instead of a form: the word whole, the order
    /// number as a regex part of its sentence.
    public static let addressProgram = """
        program "quiz by address"
        mode http

        param base_url: url = "http://127.0.0.1:8000"

        output typed: string
        output code: string

        open "{base_url}/quiz"
        extract word = text "#query b"
        extract order = text "#order"
        let number = order then match "#([0-9]+)"
        open "{base_url}/answer?answer={word}&code={number}"
        extract typed = text "#typed"
        extract code = text "#sent-code"

        """

    private func quiz() -> String {
        let (word, order, colour) = issued.withLock { state -> (String, String, String) in
            state.word = Self.words[state.visits % Self.words.count]
            state.order = String(4521 + 37 * state.visits)
            state.colour = Self.colours[state.visits % Self.colours.count]
            state.visits += 1
            return (state.word, state.order, state.colour)
        }
        let options = Self.colours.sorted().map { "<option>\($0)</option>" }.joined()
        return """
            <!DOCTYPE html>
            <html><head><title>Word quiz</title></head><body><main>
            <p id="query">Type the word <b>\(word)</b> below.</p>
            <p id="order">Order #\(order) is ready</p>
            <p id="colour-hint">Choose <i>\(colour)</i> as the colour.</p>
            <form action="/answer" method="get">
            <label for="answer">Word</label> <input id="answer" name="answer">
            <label for="code">Order number</label> <input id="code" name="code">
            <label for="greeting">Greeting</label> <input id="greeting" name="greeting">
            <label for="colour">Colour</label> <select id="colour" name="colour"><option value="">-</option>\(options)</select>
            <button id="send" type="submit">Send</button>
            </form></main></body></html>
            """
    }

    private func answer(_ request: LoopbackRequest) -> String {
        let sent = Dictionary(request.query, uniquingKeysWith: { first, _ in first })
        let (word, order, colour) = issued.withLock { ($0.word, $0.order, $0.colour) }
        let right =
            sent["answer"] == word && sent["code"] == order && sent["greeting"] == "Dear \(word)"
            && sent["colour"] == colour
        let typed = (sent["answer"] ?? "").replacingOccurrences(of: "<", with: "&lt;")
        let code = (sent["code"] ?? "").replacingOccurrences(of: "<", with: "&lt;")
        return """
            <!DOCTYPE html>
            <html><head><title>Answer</title></head><body><main>
            <p id="verdict">\(right ? "correct" : "wrong")</p>
            <p id="typed">\(typed)</p>
            <p id="sent-code">\(code)</p>
            </main></body></html>
            """
    }
}
