import Foundation
import WTExtract
import WTHTTP
import WTRuntime

extension HTTPDriver {
    func currentPage() throws(StepError) -> Page {
        guard let page = currentPageOrNil() else {
            throw StepError(.other, "no page is open yet; start the program with 'open'")
        }
        return page
    }

    /// Fetches `request`, parses the HTML and makes it the current page (the previous one goes on the
    /// history for `back`).
    func load(_ request: HTTPRequest, timeout: Duration? = nil) async throws(StepError) {
        let response = try await fetch(request, timeout: timeout)
        guard (200..<400).contains(response.status) else {
            throw StepError(.badResponse, "\(request.method) \(response.finalURL) answered HTTP \(response.status)")
        }
        let type = response.contentType?.lowercased() ?? "text/html"
        if JSONPage.isJSON(type) {
            let page = try JSONPage.page(response.body, url: response.finalURL, charset: response.charset)
            replacePage(
                with: Page(
                    document: page.document, url: response.finalURL, response: keepsResponses ? page.text : nil,
                    json: page.json))
            return
        }
        guard type.contains("html") || type.contains("xml") || type.hasPrefix("text/") else {
            throw StepError(.badResponse, "\(response.finalURL) is \(type), not an HTML page")
        }
        let document: HTMLDocument
        do {
            document = try HTMLDocument(
                data: response.body, url: response.finalURL, contentType: response.header("Content-Type"))
        } catch {
            throw StepError(.badResponse, "\(response.finalURL): \(error.message)")
        }
        let body = keepsResponses ? ResponseText.decode(response.body, charset: response.charset) : nil
        replacePage(with: Page(document: document, url: response.finalURL, response: body))
    }

    /// Sends `request`, failing at the step's deadline (`timeout`) even if the client's own is longer.
    func fetch(_ request: HTTPRequest, timeout: Duration? = nil) async throws(StepError) -> HTTPResponse {
        let client = self.client
        ledger.note(request)
        let outcome: Result<HTTPResponse, HTTPError>? = await withTaskGroup(of: Result<HTTPResponse, HTTPError>?.self) {
            group in
            group.addTask {
                do throws(HTTPError) {
                    return .success(try await client.send(request))
                } catch {
                    return .failure(error)
                }
            }
            if let timeout {
                group.addTask {
                    try? await Task.sleep(for: timeout)
                    return nil
                }
            }
            let first = await group.next() ?? nil
            group.cancelAll()
            return first
        }
        switch outcome {
        case .success(let response): return response
        case .failure(let error): throw StepError(Self.kind(of: error), error.message)
        case nil:
            throw StepError(
                .timeout,
                "\(request.method) \(request.url) did not answer within \(BrowserDriver.format(timeout ?? .zero))")
        }
    }

    static func kind(of error: HTTPError) -> StepError.Kind {
        switch error.kind {
        case .connectionRefused, .couldNotConnect, .couldNotResolve, .tls: .unavailable
        case .timedOut: .timeout
        default: .badResponse
        }
    }

    /// The single element a step acts on: several matches are an error listing them, unless `first`.
    func one(_ locator: ResolvedLocator, scope: [ResolvedLocator]) throws(StepError) -> (Page, Node) {
        let current = try currentPage()
        let snapshot = LibXMLSnapshot(document: current.document, url: current.url)
        let found = try snapshot.matches(locator, scope: scope)
        guard let element = found.nodes.first else {
            throw StepError(.notFound, "no element matches \(locator)", pageSummary: snapshot.summary(for: locator))
        }
        if found.nodes.count > 1, !locator.first {
            let candidates = found.nodes.prefix(5).map { "\($0) \"\($0.text.prefix(40))\"" }
            throw StepError(
                .ambiguous,
                "\(locator) matches \(found.nodes.count) elements (\(candidates.joined(separator: ", "))); "
                    + "make it more specific, or write 'first' to take the first")
        }
        return (current, element)
    }

    func resolve(_ href: String, in page: Page) throws(StepError) -> String {
        let base = page.document.baseURL ?? page.url
        guard let url = URL(string: href, relativeTo: URL(string: base)), url.scheme != nil else {
            throw StepError(.other, "cannot follow the link \"\(href)\" from \(base)")
        }
        return url.absoluteString
    }

    func isSubmitButton(_ element: Node) -> Bool {
        let type = element.attribute("type")?.lowercased()
        switch element.tagName {
        case "button": return type == nil || type == "submit"
        case "input": return type == "submit" || type == "image"
        default: return false
        }
    }

    /// Submits the form that owns `element` (its `form` attribute, else the nearest enclosing form).
    func submit(formOf element: Node, submitter: Node?, in current: Page) async throws(StepError) {
        guard let form = element.formOwner else {
            throw StepError(.unsupported, "\(element) is not in a form; submitting it needs a browser")
        }
        let submission = FormSubmission(
            document: current.document, form: form, submitter: submitter, edits: current.edits)
        do {
            try await load(try submission.request())
        } catch let error as StepError {
            throw error
        } catch {
            throw StepError(.other, "cannot submit the form: \(error)")
        }
    }

    /// Checks or unchecks a checkbox or radio; checking a radio unchecks the others of its group.
    func mark(_ element: Node, checked: Bool) throws(StepError) {
        let type = element.attribute("type")?.lowercased() ?? ""
        guard element.tagName == "input", type == "checkbox" || type == "radio" else {
            throw StepError(.other, "\(element) is not a checkbox or radio button")
        }
        if type == "radio", checked, let name = element.attribute("name"), let current = currentPageOrNil() {
            let group =
                (try? current.document.select(.xpath("//input[@type='radio'][@name=\(LocatorXPath.literal(name))]")))
                ?? []
            for other in group { setEdit(other, checked: false) }
        }
        setEdit(element, checked: checked)
    }
}

/// Saves downloaded bodies into the run's folder under the name the server or the URL gives.
enum Downloads {
    static func save(_ response: HTTPResponse, in directory: URL) throws(StepError) -> FileRef {
        let name = fileName(response)
        let url = try write(response.body, named: name, in: directory)
        return FileRef(path: url.path, name: name, mediaType: response.contentType, size: response.body.count)
    }

    /// Writes `body` as `name` in `directory`, making the folder first when the run has not yet (an agent's
    /// first download, say); the file's place.
    static func write(_ body: Data, named name: String, in directory: URL) throws(StepError) -> URL {
        let url = directory.appendingPathComponent(name)
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try body.write(to: url)
        } catch {
            throw StepError(.other, "cannot save the download to \(url.path): \(error.localizedDescription)")
        }
        return url
    }

    static func fileName(_ response: HTTPResponse) -> String {
        fileName(disposition: response.header("Content-Disposition"), url: response.finalURL)
    }

    /// The server's `Content-Disposition` file name (without any folder part), else the URL's last
    /// component; shared by both drivers.
    static func fileName(disposition: String?, url: String) -> String {
        if let disposition, let range = disposition.range(of: "filename=") {
            let raw = disposition[range.upperBound...].trimmingCharacters(in: CharacterSet(charactersIn: "\"; "))
            if let safe = raw.split(separator: "/").last, !safe.isEmpty { return String(safe) }
        }
        let last = URL(string: url)?.lastPathComponent ?? ""
        return last.isEmpty || last == "/" ? "download" : last
    }
}
