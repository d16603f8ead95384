import Foundation
import Hummingbird
import Logging
import Mustache

/// What every page's layout shows around the page: who is signed in, the sign-out form's CSRF token,
/// which section is current, and whether the page polls itself.
struct Chrome: Sendable {
    var workspace: String?
    var csrf: String?
    var poll = false
    var onTasks = false
    var onNew = false
    var onKeys = false
}

/// A page as the templates see it: the layout reads `title` and `chrome`, the page's own template reads
/// `page` (pushed with `{{#page}}`).
struct PageContext<Body: Sendable>: Sendable {
    var title: String
    var chrome: Chrome
    var page: Body
}

/// The message pages (404, 403, errors) show.
struct MessageBody: Sendable {
    var heading: String
    var message: String
    var linkPath: String?
    var linkText: String?
}

/// Renders templates into HTML responses.
struct ConsoleRenderer: Sendable {
    let resources: ConsoleResources
    let logger: Logger

    /// `template` rendered with `context`, as an HTML response; a 500 when the template is missing.
    func page<Body: Sendable>(_ template: String, _ context: PageContext<Body>, status: HTTPResponse.Status = .ok)
        -> Response
    {
        guard let html = resources.library.render(context, withTemplate: template) else {
            logger.error("console template missing", metadata: ["template": "\(template)"])
            return Response(
                status: .internalServerError, headers: [.contentType: "text/plain; charset=utf-8"],
                body: .init(byteBuffer: ByteBuffer(string: ConsoleMessages.failed)))
        }
        return Response(
            status: status, headers: [.contentType: "text/html; charset=utf-8"],
            body: .init(byteBuffer: ByteBuffer(string: html)))
    }

    /// A message page (not found, refused, failed) with a link onwards.
    func message(
        _ status: HTTPResponse.Status, heading: String, _ message: String, chrome: Chrome = Chrome(),
        link: (path: String, text: String)? = nil
    ) -> Response {
        let body = MessageBody(heading: heading, message: message, linkPath: link?.path, linkText: link?.text)
        return page("message", PageContext(title: heading, chrome: chrome, page: body), status: status)
    }

    /// A static file, or 404 when it did not ship.
    func asset(_ bytes: [UInt8]?, type: String) -> Response {
        guard let bytes else {
            return message(.notFound, heading: ConsoleMessages.notFoundHeading, ConsoleMessages.pageNotFound)
        }
        return Response(
            status: .ok, headers: [.contentType: type, .cacheControl: "public, max-age=300"],
            body: .init(byteBuffer: ByteBuffer(bytes: bytes)))
    }
}
