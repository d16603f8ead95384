import WTSema
import WTSyntax

/// Checks given parameter values against the declarations: converts each to its type (text is parsed),
/// fills in defaults and nulls for optional parameters, and reports unknown and missing names.
struct ParameterResolver {
    let program: CheckedProgram

    func resolve(given: [String: Value]) throws(ParameterError) -> [String: Value] {
        var problems: [(parameter: String?, text: String)] = []
        let names = program.parameters.map(\.name)
        for name in given.keys.sorted() where !names.contains(name) {
            problems.append((nil, unknown(name, among: names)))
        }
        var values: [String: Value] = [:]
        var missing: [CheckedProgram.Parameter] = []
        for parameter in program.parameters {
            if let value = given[parameter.name] {
                do {
                    values[parameter.name] = try ParameterValue.convert(value, to: parameter.type, name: parameter.name)
                } catch {
                    problems.append((parameter.name, error.message))
                }
            } else if let literal = parameter.defaultValue {
                values[parameter.name] = ParameterValue.literal(literal, parameter.type)
            } else if parameter.type.isOptional {
                values[parameter.name] = .null
            } else {
                missing.append(parameter)
            }
        }
        if let first = missing.first {
            let list = missing.map { "'\($0.name)' (\($0.type))" }.joined(separator: ", ")
            let noun = missing.count == 1 ? "parameter" : "parameters"
            problems.append((first.name, "missing required \(noun) \(list)"))
        }
        guard problems.isEmpty else {
            throw ParameterError(
                message: problems.map(\.text).joined(separator: "\n"), parameter: problems.first?.parameter)
        }
        return values
    }

    private func unknown(_ name: String, among names: [String]) -> String {
        if let close = Suggestions.closest(to: name, among: names) {
            return "unknown parameter '\(name)'; did you mean '\(close)'?"
        }
        if names.isEmpty { return "unknown parameter '\(name)'; this program takes no parameters" }
        return "unknown parameter '\(name)'; this program takes \(names.map { "'\($0)'" }.joined(separator: ", "))"
    }
}
