import CDP
import WTRuntime
import WTSyntax

/// Pages of a program that only reads need no pictures, fonts or media to be read: the DOM, its text and
/// attributes (an image's `src` included) are the same without them. The browser then pauses those
/// requests before they are sent (`Fetch` domain) and the driver answers them itself: an image gets a
/// transparent 1×1 GIF, so it still loads (its `load` handlers run, it keeps a box and stays visible);
/// a font or a media file fails as blocked, so text falls back to another font at once.
///
/// "Only reads" means no form input and no download (`onlyReads`); clicks and navigation are reading.
/// `wtc exec --load-media` turns it off, and so do screenshots and traces, which should show the page
/// as a person sees it. Out-of-process frames load their media as before.
enum MediaBlocking {
    /// The kinds of request answered without the network.
    static let blockedTypes = ["Image", "Font", "Media"]
    /// A transparent 1×1 GIF, base64.
    static let placeholderImage = "R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"

    /// True when no step of `program` types, selects, checks, presses a key or downloads.
    static func onlyReads(_ program: Program) -> Bool {
        program.statements.allSatisfy(onlyReads)
    }

    private static func onlyReads(_ statement: Statement) -> Bool {
        switch statement.kind {
        case .fill, .select, .check, .press, .download: return false
        case .within(_, let block), .forEach(_, _, _, let block), .repeatLoop(_, _, let block):
            return block.statements.allSatisfy(onlyReads)
        case .ifElse(_, let then, let otherwise):
            return then.statements.allSatisfy(onlyReads) && otherwise.map(onlyReads) ?? true
        default: return true
        }
    }

    private static func onlyReads(_ otherwise: Else) -> Bool {
        switch otherwise {
        case .elseIf(let statement): onlyReads(statement)
        case .block(let block): block.statements.allSatisfy(onlyReads)
        }
    }

    /// Starts answering `session`'s image, font and media requests; the task ends with the session's events.
    static func start(_ session: CDPSession) async throws(StepError) {
        let paused = session.events(Fetch.RequestPaused.self)
        Task {
            // Each answer in a task of its own: a page asks for its pictures all at once, and one answer
            // need not wait for the browser to take the one before.
            for await request in paused {
                Task {
                    let profiled = PhaseProfile.start()
                    await answer(request, on: session)
                    PhaseProfile.add(.blocking, since: profiled)
                }
            }
        }
        let patterns = blockedTypes.map { Fetch.RequestPattern(resourceType: $0) }
        _ = try await BrowserDriver.call(session, Fetch.Enable(patterns: patterns))
    }

    /// An image gets the placeholder; a font or a media file fails as blocked.
    private static func answer(_ request: Fetch.RequestPaused, on session: CDPSession) async {
        let id = request.requestId
        if request.resourceType == "Image" {
            let header = Fetch.HeaderEntry(name: "Content-Type", value: "image/gif")
            let placeholder = Fetch.FulfillRequest(
                requestId: id, responseCode: 200, responseHeaders: [header], body: placeholderImage)
            _ = try? await session.send(placeholder, timeout: answerDeadline)
        } else {
            _ = try? await session.send(
                Fetch.FailRequest(requestId: id, errorReason: "BlockedByClient"), timeout: answerDeadline)
        }
    }

    /// How long the browser may take to take an answer.
    static let answerDeadline: Duration = .seconds(5)
}
