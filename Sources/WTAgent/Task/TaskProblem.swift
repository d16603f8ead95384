import WTTrace

/// One thing wrong with a task's input, found before anything starts: which field (`parameters.tag`,
/// `secrets[1]`, `outputSchema.properties.x.type`), what is wrong with it and what to do. The API answers
/// a body with problems with 400 and these; `wtc` prints them and exits 64.
public struct TaskProblem: Sendable, Hashable, CustomStringConvertible {
    /// A stable id, `task.*`.
    public var id: String
    /// The field, named as in the API's body.
    public var field: String
    /// What is wrong, in a sentence.
    public var message: String
    /// What to do about it.
    public var help: String

    public init(id: String, field: String, message: String, help: String) {
        self.id = id
        self.field = field
        self.message = message
        self.help = help
    }

    /// `startUrl: … (help) [task.start-url-scheme]`.
    public var description: String { "\(field): \(message); \(help) [\(id)]" }

    /// `{"id", "field", "message", "help"}`, for an API error's details.
    public var json: JSONValue {
        .object([
            .init("id", .string(id)), .init("field", .string(field)), .init("message", .string(message)),
            .init("help", .string(help)),
        ])
    }
}
