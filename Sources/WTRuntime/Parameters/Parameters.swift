import WTSema

/// Parameter values from the command line (`--param name=value`).
///
/// Each value is read as the parameter's declared type: `string` and `secret` as given; `int`, `number`
/// and `bool` (`true`/`false`) as written; `url` must be absolute (`https://host/path`); `date` is
/// ISO-8601 (`2026-11-29` or `2026-11-29T10:00:00Z`); `file` is the path of an existing file. A list is
/// either a JSON array (`ids=[1, 2]`, `tags=["a, b", "c"]`) when the value starts with `[`, or a comma list
/// (`tags=love,life`, items trimmed, an empty value is an empty list); use JSON when an item contains a
/// comma. A record is a JSON object. `T?` takes a value of `T`; left out, it is null unless it has a
/// default.
public enum Parameters {
    /// The default a parameter declares, as a value of its type; nil when it has none.
    public static func defaultValue(of parameter: CheckedProgram.Parameter) -> Value? {
        parameter.defaultValue.map { ParameterValue.literal($0, parameter.type) }
    }

    /// Turns `name=value` strings into typed values, applying defaults. Every problem is reported in one
    /// error, one per line: a value that is not of the parameter's type, an unknown name (with a
    /// did-you-mean), parameters without a default that were not given, a name given twice.
    public static func parse(_ assignments: [String], for program: CheckedProgram) throws(ParameterError)
        -> [String: Value]
    {
        var given: [String: Value] = [:]
        var problems: [String] = []
        for assignment in assignments {
            guard let equals = assignment.firstIndex(of: "="), equals != assignment.startIndex else {
                problems.append("expected name=value, but got '\(assignment)'")
                continue
            }
            let name = String(assignment[..<equals])
            guard given[name] == nil else {
                problems.append("parameter '\(name)' is given twice")
                continue
            }
            given[name] = .string(String(assignment[assignment.index(after: equals)...]))
        }
        do {
            let values = try ParameterResolver(program: program).resolve(given: given)
            if problems.isEmpty { return values }
        } catch {
            problems.append(error.message)
        }
        throw ParameterError(message: problems.joined(separator: "\n"))
    }
}

/// Why parameter values do not fit a program; the message names the parameter and says what was expected.
public struct ParameterError: Error, Sendable, CustomStringConvertible {
    /// One problem per line.
    public var message: String
    /// The parameter the first problem is about, when it is a declared one (to point at its declaration).
    var parameter: String?

    public init(message: String) {
        self.message = message
    }

    init(message: String, parameter: String?) {
        self.message = message
        self.parameter = parameter
    }

    public var description: String { message }
}
