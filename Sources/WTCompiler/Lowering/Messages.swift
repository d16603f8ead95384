import WTTrace

/// The compiler's message catalog (CONVENTIONS #3): every diagnostic text, in one place.
enum Messages {
    static let recordAgain = "record the trace again so every step keeps its page snapshot"

    static func noTarget(_ step: TraceStep) -> String {
        "step \(step.index) (\(step.action.rawValue)) does not say which element it acted on"
    }

    static func noSnapshot(_ step: TraceStep) -> String {
        "step \(step.index) (\(step.action.rawValue)) has no snapshot of the page it acted on"
    }

    static func elementMissing(_ step: TraceStep, _ element: TraceElement) -> String {
        "the element step \(step.index) acted on (\(element.xpath ?? "no xpath")) is not in its page snapshot"
    }

    static func noLocator(_ step: TraceStep, tried: Int) -> String {
        "no locator finds exactly the element step \(step.index) acted on, on every page it ran (\(tried) tried)"
    }

    static func extraction(_ step: TraceStep, _ reason: String) -> String {
        "the records of step \(step.index) cannot be reproduced from its page: \(reason)"
    }

    static func unknownTarget(_ step: TraceStep, _ name: String) -> String {
        "step \(step.index) extracts into '\(name)', which is neither an output nor a list of links"
    }

    static let noJSONPath = "the page is a JSON document, and no json path reads the recorded value from it"

    static let noJSONContainer =
        "the page is a JSON document, and no each json path reads one element per recorded record with every field"
}
