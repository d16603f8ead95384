import WTDiagnostics

/// Failures positioned at the statement running now, with secrets removed.
extension Executor {
    func failure(
        _ message: DiagnosticMessage, kind: RunFailure.Kind = .stepFailed, help: String? = nil,
        notes: [Diagnostic.Note] = []
    ) -> Interrupt {
        let diagnostic = Diagnostic(message, span: context.file.span(of: site), help: help, notes: notes)
        return .failed(RunFailure(kind: kind, diagnostic: context.redact(diagnostic)))
    }

    /// A driver's error as the failure of step `summary`: what the page had instead (the error's own page
    /// summary, else the current page's) as help, and the page's URL as a note unless the message has it.
    /// `readPage: false` for `open`, where the page still showing is not the one the step was about.
    mutating func failure(_ error: StepError, step summary: String, readPage: Bool = true) async -> Interrupt {
        var page = snapshot
        if page == nil, readPage, error.kind != .unavailable { page = try? await driver.snapshot() }
        let had = error.pageSummary ?? (readPage ? page?.summary() : nil)
        var notes: [Diagnostic.Note] = []
        if readPage, let url = page?.url, !error.message.contains(url) {
            notes.append(Diagnostic.Note("on \(url)", span: nil))
        }
        return failure(
            RunMessages.stepFailed(error.kind, step: summary, error.message),
            kind: error.kind == .unavailable ? .unavailable : .stepFailed,
            help: had.map { "the page had: \($0)" }, notes: notes)
    }

    /// The current page, read once until the next step that may change it.
    /// A page on an address the navigation guard refuses is never returned.
    mutating func page(for summary: @autoclosure () -> String) async throws(Interrupt) -> any PageSnapshot {
        let page: any PageSnapshot
        if let snapshot {
            page = snapshot
        } else {
            do {
                page = try await driver.snapshot()
            } catch {
                throw await failure(error, step: summary(), readPage: false)
            }
            snapshot = page
        }
        try guardLanding(on: page.url, step: summary())
        return page
    }

    /// Sleeps until `offset` after the run began; a cancelled run fails here.
    func sleep(until offset: Duration) async throws(Interrupt) {
        do {
            try await context.clock.sleep(until: offset)
        } catch {
            throw failure(RunMessages.cancelled)
        }
    }
}
