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
        if let close = NameSuggestion.closest(to: name, among: names) {
            return "unknown parameter '\(name)'; did you mean '\(close)'?"
        }
        if names.isEmpty { return "unknown parameter '\(name)'; this program takes no parameters" }
        return "unknown parameter '\(name)'; this program takes \(names.map { "'\($0)'" }.joined(separator: ", "))"
    }
}

/// "Did you mean …?": the closest name within a small edit distance (the checker's rule).
enum NameSuggestion {
    static func closest(to name: String, among candidates: [String]) -> String? {
        let limit = max(1, min(3, name.count / 3))
        var best: (name: String, distance: Int)?
        for candidate in candidates.sorted() where candidate != name {
            let d = distance(Array(name.lowercased().utf8), Array(candidate.lowercased().utf8))
            if d <= limit, d < (best?.distance ?? Int.max) { best = (candidate, d) }
        }
        return best?.name
    }

    /// Levenshtein distance with one row of memory.
    private static func distance(_ a: [UInt8], _ b: [UInt8]) -> Int {
        if a.isEmpty { return b.count }
        var row = Array(0...b.count)
        for i in 1...a.count {
            var previous = row[0]
            row[0] = i
            for j in stride(from: 1, through: b.count, by: 1) {
                let current = row[j]
                row[j] = min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] == b[j - 1] ? 0 : 1))
                previous = current
            }
        }
        return row[b.count]
    }
}
