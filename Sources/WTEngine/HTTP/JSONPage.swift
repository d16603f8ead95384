import Foundation
import WTDiagnostics
import WTExtract
import WTRuntime

/// A JSON answer as a page: the parsed value for `json "path"`, and a document showing the text in a
/// `<pre>` the way a browser shows a JSON document, so `text "pre"` and the trace read the same in both
/// modes. Plain HTTP keeps such an answer as the current page instead of failing after a form was posted.
/// A body that is not valid JSON is still a page whose text can be read; only `json "path"` fails on it.
enum JSONPage {
    struct Parts {
        var document: HTMLDocument
        var text: String
        /// The parsed body, or why it is not JSON (thrown when a `json` extraction reads it).
        var json: Result<JSONNode, StepError>
    }

    /// `application/json`, `text/json` and the `+json` types (`application/problem+json`, `ld+json`).
    static func isJSON(_ contentType: String) -> Bool {
        let type = contentType.split(separator: ";").first.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
        return type == "application/json" || type == "text/json" || type.hasSuffix("+json")
    }

    static func page(_ body: Data, url: String, charset: String?) throws(StepError) -> Parts {
        let text = ResponseText.decode(body, charset: charset)
        return Parts(document: try document(text, url: url), text: text, json: parsed(text, url: url))
    }

    /// `parse`, kept as a result for the page to hold.
    static func parsed(_ text: String, url: String) -> Result<JSONNode, StepError> {
        Result { () throws(StepError) in try parse(text, url: url) }
    }

    /// The text parsed as JSON; a `badResponse` naming the line and column where it is not JSON.
    static func parse(_ text: String, url: String) throws(StepError) -> JSONNode {
        let file = SourceFile(path: url, text: text)
        do {
            return try PositionedJSON.parse(file)
        } catch {
            let at = file.span(of: error.range).start
            throw StepError(
                .badResponse,
                "\(url) says it is JSON, but is not valid JSON at \(at.line):\(at.column): \(error.message.text)")
        }
    }

    /// `<pre>` around the escaped text, as Chromium shows a JSON document.
    static func document(_ text: String, url: String) throws(StepError) -> HTMLDocument {
        let escaped = text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;")
        do {
            return try HTMLDocument(html: "<html><head></head><body><pre>\(escaped)</pre></body></html>", url: url)
        } catch {
            throw StepError(.badResponse, "\(url): \(error.message)")
        }
    }
}
