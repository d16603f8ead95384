/// One way a value breaks its schema: where (`$.quotes[3].author`) and what (`expected a string, found
/// null`).
public struct SchemaViolation: Sendable, Hashable, CustomStringConvertible {
    public var path: JSONPath
    public var message: String

    public init(path: JSONPath, message: String) {
        self.path = path
        self.message = message
    }

    /// `$.quotes[3].author: expected a string, found null`.
    public var description: String { "\(path): \(message)" }
}

/// What `SchemaValidator.validate` found: the first problems (capped), how many more there were, and what
/// the validator could not check, so a caller never mistakes "no problems" for "every keyword holds".
public struct SchemaValidation: Sendable, Hashable {
    /// The first problems, in document order, at most the validator's cap.
    public var violations: [SchemaViolation]
    /// Problems found beyond the cap.
    public var omitted: Int
    /// Keywords of the schema this validator does not implement (`contains`, `unevaluatedProperties`, …),
    /// sorted; they were ignored.
    public var uncheckedKeywords: [String]
    /// What is wrong with the schema itself (a `$ref` that does not resolve, a `pattern` that does not
    /// compile); the parts concerned were not checked.
    public var schemaProblems: [String]

    /// True when no problem was found.
    public var isValid: Bool { violations.isEmpty }

    /// One problem a line, then `… and N more problems` when some were left out; empty when valid.
    public var report: String {
        var lines = violations.map(\.description)
        if omitted > 0 { lines.append(SchemaValidationMessages.more(omitted)) }
        return lines.joined(separator: "\n")
    }
}
