import CDP
import Foundation
import WTExtract
import WTRuntime

extension BrowserDriver {
    /// How deep cross-origin frames inside cross-origin frames are inlined; deeper ones are left out, as
    /// a frame that has not loaded is.
    static let frameDepthLimit = 8

    /// The composed page as a libxml2 document. Each frame's document is a `<wtc-frame>` child of its
    /// iframe whatever its origin: the top document's script serializes what it can reach and leaves a
    /// slot for each cross-origin frame, which is filled with that frame's own serialization. While the
    /// page is between documents (an action navigated as a side effect) it waits for the new one, up to the
    /// session's deadline.
    func snapshot() async throws(StepError) -> any PageSnapshot {
        let timeout = session.defaultTimeout
        let deadline = ContinuousClock.now.advanced(by: timeout)
        while true {
            try await settled(until: deadline, timeout: timeout)
            if let snapshot = try await snapshotOnce() { return snapshot }
            guard ContinuousClock.now < deadline else {
                throw StepError(
                    .timeout, "the page kept replacing its document while being read (waited \(Self.format(timeout)))")
            }
            try? await Task.sleep(for: poll)
        }
    }

    /// One reading of the page; nil when its document was being replaced.
    private func snapshotOnce() async throws(StepError) -> (any PageSnapshot)? {
        let started = ContinuousClock.now
        defer { lastSnapshotCost = ContinuousClock.now - started }
        let token = UUID().uuidString
        let committed = navigations.committed
        let serialising = PhaseProfile.start()
        let answer = try await evaluateUnlessReplaced(
            "!document.documentElement ? {loading: true} : \(Self.jsonDocumentScript) || (window.__wtc ? "
                + "window.__wtc.snapshot(\(LocatorSpec.source(.string(token)))) : null)")
        PhaseProfile.add(.serialisation, since: serialising)
        guard let value = answer else { return nil }
        if value["loading"]?.boolValue == true { return nil }
        if let text = value["json"]?.stringValue, let url = value["url"]?.stringValue {
            return LibXMLSnapshot(
                document: try JSONPage.document(text, url: url), url: url, jsonBody: JSONPage.parsed(text, url: url))
        }
        guard let html = value["html"]?.stringValue, let url = value["url"]?.stringValue else {
            if navigations.loading != nil || navigations.committed != committed { return nil }
            throw StepError(.other, "the page script is not available in this page (is it an HTML page?)")
        }
        let slots = value["slots"]?.intValue ?? 0
        let composed = await inlineFrames(html, slots: slots, token: token, in: top, depth: 0)
        do {
            let parsing = PhaseProfile.start()
            let document = try HTMLDocument(html: composed, url: url)
            PhaseProfile.add(.parse, since: parsing)
            // libxml2 writes a <frame> without its children: a trace keeps the markup itself.
            let frames = composed.contains("<wtc-frame-element")
            return LibXMLSnapshot(document: document, url: url, markup: frames ? composed : nil)
        } catch {
            throw StepError(.badResponse, "\(url): \(error.message)")
        }
    }

    /// A JSON document's text and URL (`{json, url}`), or null for any other document. Chromium shows a
    /// JSON answer as a `<pre>` holding the text (its viewer may add controls around it); the page is then
    /// read as the HTTP driver reads it (`JSONPage`), so both modes see the same document and values.
    static let jsonDocumentScript = """
        (/^(application|text)\\/([a-z.+-]*\\+)?json$/.test(document.contentType) ? {url: location.href,
          json: (document.querySelector('body > pre') || document.body || document.documentElement).textContent} : null)
        """

    /// `html` with each of its slots replaced by the frame's `<wtc-frame>`, or by nothing when the frame
    /// cannot be read (not loaded yet, gone, or too deep).
    func inlineFrames(_ html: String, slots: Int, token: String, in context: FrameContext, depth: Int) async
        -> String
    {
        var html = html
        for index in 0..<slots {
            let frame = await frameHTML(slot: index, token: token, in: context, depth: depth)
            html = html.replacingOccurrences(of: PageScript.slot(token: token, index: index), with: frame)
        }
        return html
    }

    private func frameHTML(slot index: Int, token: String, in parent: FrameContext, depth: Int) async -> String {
        guard depth < Self.frameDepthLimit,
            let frame = await frameContext(heldBy: "window.__wtcSlots[\(index)]", in: parent),
            let value = try? await evaluate(
                "window.__wtc.frameSnapshot(\(LocatorSpec.source(.string(token))))", in: frame),
            let html = value["html"]?.stringValue
        else { return "" }
        let inner = await inlineFrames(
            html, slots: value["slots"]?.intValue ?? 0, token: token, in: frame, depth: depth + 1)
        return "<wtc-frame>" + inner + "</wtc-frame>"
    }
}
