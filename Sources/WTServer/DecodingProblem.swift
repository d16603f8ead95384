/// A `DecodingError` as a field path (`body.budget.maxSteps`, `query.status`) and a short problem.
struct DecodingProblem {
    let field: String
    let problem: String

    /// `root` is `body` or `query`: where the value that failed came from.
    init(_ error: DecodingError, root: String) {
        switch error {
        case .keyNotFound(let key, let context):
            field = Self.path(root, context.codingPath + [key])
            problem = "is required"
        case .typeMismatch(let type, let context):
            field = Self.path(root, context.codingPath)
            problem = "expected \(Self.kind(type))"
        case .valueNotFound(let type, let context):
            field = Self.path(root, context.codingPath)
            problem = "expected \(Self.kind(type)), found null"
        case .dataCorrupted(let context):
            field = Self.path(root, context.codingPath)
            problem = context.codingPath.isEmpty ? "is not valid JSON" : "has a value that is not allowed"
        @unknown default:
            field = root
            problem = "could not be read"
        }
    }

    var described: (field: String, message: String) {
        (field, ServerMessages.undecodable(field, problem))
    }

    private static func path(_ root: String, _ keys: [any CodingKey]) -> String {
        keys.reduce(root) { path, key in
            key.intValue.map { "\(path)[\($0)]" } ?? "\(path).\(key.stringValue)"
        }
    }

    private static func kind(_ type: Any.Type) -> String {
        let name = String(describing: type)
        if name.contains("String") { return "a string" }
        if name.contains("Int") { return "an integer" }
        if name.contains("Double") || name.contains("Float") { return "a number" }
        if name.contains("Bool") { return "a boolean" }
        if name.contains("Array") { return "an array" }
        return "an object"
    }
}
