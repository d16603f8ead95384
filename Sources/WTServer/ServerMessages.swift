/// The messages WTServer emits: HTTP errors and configuration problems.
enum ServerMessages {
    static let missingKey = "the x-api-key header is missing"
    static let unknownKey = "the x-api-key is not a known key"
    static let notFound = "no such resource in this workspace"
    static let taskNotFound = "no such web task in this workspace"
    static let keyNotFound = "no such reuse key in this workspace"
    static let revisionNotFound = "no such revision of this reuse key"
    static let fileNotFound = "no such file, or the link is not valid"
    static let urlExpired = "this file link has expired; poll the task's result for a fresh one"
    static let internalError = "the server failed; the request may be retried"
    static let diffNeedsBoth = "query.from and query.to: give both revisions or neither"
    static let invalidCursor = "query.cursor: not a cursor this server handed out"

    static func emptyField(_ field: String) -> String { "\(field): must not be empty" }
    static func notURL(_ field: String) -> String { "\(field): must be an absolute http or https URL" }
    static func notObject(_ field: String) -> String { "\(field): must be a JSON object" }
    static func outOfRange(_ field: String, _ range: String) -> String { "\(field): must be \(range)" }
    static func badKey(_ field: String) -> String {
        "\(field): must be 1 to 128 letters, digits, '.', '_' or '-'"
    }
    static func secretNamesNoParameter(_ field: String, _ name: String) -> String {
        "\(field): '\(name)' is not a key of body.parameters"
    }
    static func notModel(_ field: String) -> String { "\(field): must be haiku, sonnet or opus" }
    static func undecodable(_ field: String, _ problem: String) -> String { "\(field): \(problem)" }

    static func keyProblem(_ problem: APIKeyConfigError.Problem) -> String {
        switch problem {
        case .malformedEntry: "expected <workspaceId>:<key>"
        case .keyInTwoWorkspaces: "the same key is given to two workspaces"
        case .noKeys: "no API keys configured"
        case .unreadable: "cannot read the keys file"
        }
    }
}
