import Foundation
import Synchronization
import WTExtract
import WTRuntime
import WTTrace

/// The snapshot and response files of a trace being recorded: each distinct HTML once, named in order of
/// first sight (`snapshots/0003.html`, `responses/0002.html`), so a page seen after one step and before
/// the next is stored once, and so is a document's raw body however many snapshots show it.
final class TracePages: Sendable {
    private struct State {
        var snapshots: [String: String] = [:]
        var responses: [String: String] = [:]
        var files: [String: String] = [:]
        /// The response file of the document the driver shows now (see `showing(response:)`).
        var current: String?
    }
    private let state = Mutex(State())
    /// Every form of every secret value, longest first: typed into a field, a browser snapshot shows it as
    /// the field's value (HTML-escaped), and a GET form puts it into the next page's URL (percent- or
    /// form-encoded), which the trace records in its steps.
    private let secrets: [String]

    init(secrets: [String] = []) {
        let forms = secrets.filter { !$0.isEmpty }.flatMap(Self.forms(of:))
        self.secrets = Array(Set(forms)).sorted { $0.count != $1.count ? $0.count > $1.count : $0 < $1 }
    }

    /// `text` with every secret value, in any of its forms, replaced by `<secret>`: a trace never holds a
    /// secret.
    func redact(_ text: String) -> String {
        secrets.reduce(text) { text, form in text.replacingOccurrences(of: form, with: "<secret>") }
    }

    /// The value as written, escaped in JSON (quotes and backslashes) and HTML, and percent-encoded as URLs
    /// and form bodies carry it (`%20` or `+` for spaces, upper- or lowercase hex).
    static func forms(of secret: String) -> [String] {
        let json = secret.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
        let html = secret.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
            .replacingOccurrences(of: "'", with: "&#39;")
        let alphanumerics = CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
        let encoded = [
            secret.addingPercentEncoding(
                withAllowedCharacters: alphanumerics.union(CharacterSet(charactersIn: "-._~"))),
            secret.addingPercentEncoding(
                withAllowedCharacters: alphanumerics.union(CharacterSet(charactersIn: "*-._ ")))?
                .replacingOccurrences(of: " ", with: "+"),
            secret.addingPercentEncoding(withAllowedCharacters: .urlQueryAllowed),
        ].compactMap { $0 }
        return [secret, json, html] + encoded + encoded.map(lowercaseEscapes)
    }

    /// `%2F` → `%2f`, the rest unchanged.
    private static func lowercaseEscapes(_ text: String) -> String {
        var output = ""
        var hexLeft = 0
        for character in text {
            if character == "%" {
                hexLeft = 2
                output.append(character)
            } else if hexLeft > 0 {
                hexLeft -= 1
                output += character.lowercased()
            } else {
                output.append(character)
            }
        }
        return output
    }

    /// Notes the raw body of the document the driver shows now (nil when it did not come from the
    /// network): every page recorded from here on refers to it, until the next call. A `json` document's
    /// body is named `.json` (`responses/0002.json`), so a reader knows to read it as JSON.
    func showing(response body: String?, json: Bool = false) {
        state.withLock { state in
            state.current = body.map {
                Self.name(
                    of: redact($0), folder: "responses", in: &state.responses, &state.files,
                    suffix: json ? ".json" : ".html")
            }
        }
    }

    /// The page a snapshot shows, its HTML stored under a stable name, with the current document's response.
    func page(of snapshot: any PageSnapshot) -> TracePage? {
        guard let page = snapshot as? LibXMLSnapshot, let raw = page.markup ?? page.document.root?.outerHTML else {
            return nil
        }
        let html = redact(raw)
        let (name, response) = state.withLock { state in
            (Self.name(of: html, folder: "snapshots", in: &state.snapshots, &state.files), state.current)
        }
        return TracePage(url: page.url, title: page.title, snapshot: name, response: response)
    }

    /// Every stored file by its relative path.
    var files: [String: String] { state.withLock { $0.files } }

    /// The file holding `text`: the one already stored, or the next in `folder`, ending in `suffix`.
    private static func name(
        of text: String, folder: String, in names: inout [String: String], _ files: inout [String: String],
        suffix: String = ".html"
    ) -> String {
        if let known = names[text] { return known }
        let name = folder + "/" + String(format: "%04d", names.count + 1) + suffix
        names[text] = name
        files[name] = text
        return name
    }
}
