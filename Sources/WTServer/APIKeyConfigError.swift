/// A bad key configuration: where (the variable's entry number or the file's line) and what.
/// The message never contains a key.
public struct APIKeyConfigError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Where the keys came from.
    public enum Source: Equatable, Sendable {
        case environment
        case file(String)
    }

    /// What is wrong.
    public enum Problem: String, Equatable, Sendable {
        case malformedEntry = "server.keys.malformed-entry"
        case keyInTwoWorkspaces = "server.keys.key-in-two-workspaces"
        case noKeys = "server.keys.none"
        case unreadable = "server.keys.unreadable"
    }

    public var source: Source
    /// 1-based entry (environment) or line (file); 0 for the whole source.
    public var position: Int
    public var problem: Problem

    public init(source: Source, position: Int, problem: Problem) {
        self.source = source
        self.position = position
        self.problem = problem
    }

    public var description: String {
        let place =
            switch source {
            case .environment: position > 0 ? "WTC_API_KEYS entry \(position)" : "WTC_API_KEYS"
            case .file(let path): position > 0 ? "\(path):\(position)" : path
            }
        return "\(place): error: \(ServerMessages.keyProblem(problem)) [\(problem.rawValue)]"
    }
}
