import WTAgent
import WTEngine
import WTRuntime
import WTTrace

/// The task's parameters as the trace, the recorder and the replay need them. The start URL is a
/// parameter too (`start_url`): one reuse key is one automation whatever the start URL, so the program
/// opens the URL each run is given.
extension Exploration {
    static let startURLParameter = "start_url"

    static func parameterValues(_ request: Agent.Request) -> [String: Value] {
        var values: [String: Value] = [startURLParameter: .url(request.startURL)]
        for parameter in request.parameters { values[parameter.name] = parameter.value }
        return values
    }

    static func traceParameters(_ request: Agent.Request) -> [TraceParameter] {
        [TraceParameter(name: startURLParameter, type: "url", value: .string(request.startURL))]
            + request.parameters.map { parameter in
                switch parameter.value {
                case .secret: TraceParameter(name: parameter.name, type: "secret", value: nil)
                case .int(let i): TraceParameter(name: parameter.name, type: "int", value: .number(Double(i)))
                case .number(let d): TraceParameter(name: parameter.name, type: "number", value: .number(d))
                case .bool(let b): TraceParameter(name: parameter.name, type: "bool", value: .bool(b))
                default: TraceParameter(name: parameter.name, type: "string", value: TraceValues.json(parameter.value))
                }
            }
    }

    /// The values a replay of the program is given, by name.
    static func replayParameters(_ request: Agent.Request) -> [String: Value] { parameterValues(request) }
}
