import WTRuntime

extension BrowserDriver: DocumentResponses {
    /// Turns on the `Network` domain for this page (only a recorded run pays for it).
    func keepDocumentResponses() async {
        await responses.start(session)
    }

    /// The main frame's current document as the server sent it, before any script ran.
    func currentDocumentResponse() async -> String? {
        await responses.currentBody(session)
    }
}
