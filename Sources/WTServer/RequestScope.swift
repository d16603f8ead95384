/// What `APIKeyMiddleware` learned about the current request, handed to the handler: the workspace of
/// its API key, and the origin (`http://host:port`) that signed file URLs are built on.
struct RequestScope: Sendable {
    var workspace: String
    var origin: String

    @TaskLocal static var current: RequestScope?
}
