/// Drivers that can say what the network delivered for the page they show: the top-level document's body
/// exactly as the server sent it, before any script ran. A trace records it beside the rendered snapshot,
/// so the compiler can tell whether plain HTTP would see the data a browser run extracted.
///
/// Keeping bodies costs memory (and, in a browser, network events), so a driver keeps none until
/// `keepDocumentResponses()` is called; only a run that records a trace calls it.
public protocol DocumentResponses: Sendable {
    /// Starts keeping the body of every document loaded from now on. Calling it again does nothing.
    func keepDocumentResponses() async

    /// The raw body of the current top-level document, or nil when it is not known: nothing was kept,
    /// the document did not come from the network, or the body is no longer available. A change the page
    /// made to itself (scripts, a same-document navigation) keeps the document's body.
    func currentDocumentResponse() async -> String?
}
