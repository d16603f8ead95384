import Hummingbird

extension WebConsole {
    /// The page a browser gets for an address nothing serves (the server asks, through
    /// `WebTasksServer(pageNotFound:)`, only for addresses outside the API): "not found" with the console's
    /// navigation when signed in, with a way to sign in otherwise; the console's security headers either way.
    public func notFoundPage(for request: Request) async -> Response {
        let visitor = try? await signedIn(request)
        var response =
            if let visitor {
                renderer.message(
                    .notFound, heading: ConsoleMessages.notFoundHeading, ConsoleMessages.pageNotFound,
                    chrome: visitor.chrome, link: ("/tasks", ConsoleMessages.theTasks))
            } else {
                renderer.message(
                    .notFound, heading: ConsoleMessages.notFoundHeading, ConsoleMessages.pageNotFoundSignedOut,
                    link: ("/sign-in", ConsoleMessages.signIn))
            }
        ConsoleHeadersMiddleware.secure(&response)
        return response
    }
}
