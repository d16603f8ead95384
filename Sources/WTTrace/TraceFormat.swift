/// The members of each object in `trace.json`, as `TraceReader` accepts them and `TraceWriter` writes them.
/// `grammar/trace.schema.json` documents the same shapes under `$defs`, and a test keeps the two equal.
public struct TraceShape: Sendable, Hashable {
    /// The name of its definition in the schema: `#/$defs/Step`.
    public let definition: String
    /// How messages name an object of this shape: "a step".
    public let noun: String
    /// The member names in model order (the order `TraceWriter` writes them in).
    public let members: [String]
    /// The members that must be present and not `null`.
    public let required: Set<String>

    init(_ definition: String, _ noun: String, members: [String], required: Set<String>) {
        self.definition = definition
        self.noun = noun
        self.members = members
        self.required = required
    }
}

/// The shapes of the trace format, one per model type.
public enum TraceFormat {
    /// The root object (`Trace`).
    public static let trace = TraceShape(
        "Trace", "the trace",
        members: [
            "version", "task", "name", "startUrl", "recordedMode", "parameters", "outputs", "steps", "outcome",
            "result",
        ],
        required: [
            "version", "task", "name", "startUrl", "recordedMode", "parameters", "outputs", "steps", "outcome",
            "result",
        ])
    /// `TraceParameter`; `default` is its `defaultValue`.
    public static let parameter = TraceShape(
        "Parameter", "a parameter", members: ["name", "type", "value", "default"], required: ["name", "type"])
    /// `TraceOutput`.
    public static let output = TraceShape(
        "Output", "an output", members: ["name", "type"], required: ["name", "type"])
    /// `TraceOutcome`.
    public static let outcome = TraceShape(
        "Outcome", "the outcome", members: ["status", "message", "failedStep"], required: ["status"])
    /// `TraceStep`.
    public static let step = TraceShape(
        "Step", "a step",
        members: [
            "index", "action", "value", "secret", "selectBy", "target", "scope", "before", "after", "extraction",
            "error", "timing", "source",
        ],
        required: ["index", "action"])
    /// `TraceElement`; `attributes` is an object of attribute names to values.
    public static let element = TraceShape(
        "Element", "an element",
        members: [
            "ref", "tag", "id", "classes", "role", "name", "label", "text", "attributes", "selectors", "xpath", "index",
        ],
        required: ["tag"])
    /// `TracePage`.
    public static let page = TraceShape(
        "Page", "a page", members: ["url", "title", "snapshot", "response"], required: ["url", "title"])
    /// `TraceExtraction`.
    public static let extraction = TraceShape(
        "Extraction", "an extraction", members: ["into", "append", "value", "container", "fields"],
        required: ["into", "append", "value"])
    /// `TraceReadField`.
    public static let readField = TraceShape(
        "ReadField", "a read field", members: ["name", "selectors"], required: ["name", "selectors"])
    /// `TraceTiming`.
    public static let timing = TraceShape(
        "Timing", "a timing", members: ["startMs", "durationMs"], required: ["startMs", "durationMs"])

    /// Every shape, root first.
    public static let shapes = [
        trace, parameter, output, outcome, step, element, page, extraction, readField, timing,
    ]

    /// The values `Trace.recordedMode` may take.
    public static let recordedModes = ["browser", "http"]
    /// The values `TraceStep.selectBy` may take.
    public static let selectByValues = ["value", "label"]
}

extension TraceAction {
    /// The step members this action needs, beyond `index` and `action`. Each inner list is one requirement,
    /// met by any one of its members being present and not `null`: `fill` needs `[["target"], ["before"],
    /// ["value", "secret"]]`.
    public var requiredMembers: [[String]] {
        switch self {
        case .open: [["value"], ["after"]]
        case .click, .check, .uncheck, .download: [["target"], ["before"]]
        case .fill: [["target"], ["before"], ["value", "secret"]]
        case .select: [["target"], ["before"], ["value"]]
        case .press: [["value"]]
        case .extract: [["extraction"], ["before"]]
        case .scroll, .back, .wait: []
        }
    }
}
