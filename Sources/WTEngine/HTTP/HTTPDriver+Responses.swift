import WTRuntime

extension HTTPDriver: DocumentResponses {
    func keepDocumentResponses() async {
        keepsResponses = true
    }

    /// The body of the page shown now; `back` returns to a page with its own body.
    func currentDocumentResponse() async -> String? {
        currentPageOrNil()?.response
    }
}
