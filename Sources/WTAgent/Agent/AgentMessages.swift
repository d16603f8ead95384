import WTRuntime

/// The agent's message catalog: tool errors the model reads (each says what to do instead), and the
/// sentences a run's ledger and progress lines use.
enum AgentMessages {
    static func missingInput(_ name: String) -> String { "\(name) is missing; call the tool again with it" }

    static func wrongInput(_ name: String, _ expected: String) -> String {
        "\(name) must be \(expected); call the tool again with it"
    }

    static func badName(_ place: String, _ name: String) -> String {
        "\(place): '\(name)' is not a name (letters, digits and _, not starting with a digit, not a keyword)"
    }

    static let noFields = "fields is empty: give at least one field {\"name\": {\"selector\": \"…\"}}"

    static func badKind(_ place: String, _ kind: String) -> String {
        "\(place.isEmpty ? "kind" : "\(place).kind"): '\(kind)' is not one of text, texts, html, number, int, url, "
            + "urls, exists, count, attr, attrs"
    }

    static func unknownTool(_ name: String, _ known: [String]) -> String {
        "there is no tool '\(name)'; the tools are \(known.joined(separator: ", "))"
    }

    static func unknownParameter(_ name: String) -> String {
        "{\(name)} is not a parameter of this task; use the names listed in the task, or the text itself"
    }

    static let extractFailed = "the extraction failed"
    static let oneCannotAppend = "one reads a single record, which cannot be appended; drop append or one"

    static func downloaded(_ into: String, _ file: FileRef) -> String {
        "kept \(into) = the file \(file.name) (\(file.size) bytes\(file.mediaType.map { ", \($0)" } ?? ""))"
    }
    static func noRows(_ container: String) -> String {
        "the container selector '\(container)' matched no element on this page; look at the page and try another"
    }

    static func emptyFields(_ names: [(String, Int)], of total: Int) -> String {
        "empty fields: " + names.map { "\($0.0) in \($0.1) of \(total) rows" }.joined(separator: ", ")
            + " — if they should have values, correct their selectors"
    }

    static let noToolUsed =
        "Use the tools to act on the page; when the task is done call finish, or give_up if it cannot be done."

    static func resultMismatch(_ problems: [String]) -> String {
        "the result does not match the output schema:\n" + problems.map { "- \($0)" }.joined(separator: "\n")
            + "\nCorrect it (extract again if needed) and call finish again."
    }

    static let nothingExtracted =
        "finish without a result needs at least one extract call first: extract the values, then finish"

    static func unknownOutputs(_ names: [String]) -> String {
        "the result has members no extract call produced (\(names.joined(separator: ", "))); every value must come "
            + "from the page through extract, so a program can read it again"
    }
}

extension AgentMessages {
    static let needsRef = "this action needs the ref of an element (e.g. e12) from the latest observation"
    static let cannotObserve = "this driver cannot show pages to a model (the agent needs the browser)"

    static func startFailed(_ url: String, _ why: String) -> String { "could not open the start URL \(url): \(why)" }

    static func observeFailed(_ why: String) -> String { "could not read the page: \(why)" }

    static func textShows(_ text: String) -> String { "'\(text)' shows on the page." }

    static func waitTimedOut(_ text: String) -> String {
        "'\(text)' did not show on the page within the wait; observe the page and decide what to do"
    }

    static func navigationRefused(_ refusal: NavigationRefusal) -> String {
        "navigation refused by the navigation guard: \(refusal.description); \(refusal.help)"
    }

    static func badURL(_ url: String) -> String { "'\(url)' is not a URL; give an absolute http(s) URL" }
}

extension AgentMessages {
    static func stoppedTalking(_ text: String) -> String {
        "the model stopped calling tools" + (text.isEmpty ? "" : ": \(text.prefix(300))")
    }

    static func overSteps(_ limit: Int) -> String { "the agent used its \(limit) steps (budget maxSteps)" }

    static func overDollars(_ spent: Double, _ limit: Double) -> String {
        String(format: "the agent spent $%.4f of its $%.4f AI budget (maxAiUsd)", spent, limit)
    }

    static func overSeconds(_ limit: Double) -> String {
        "the agent ran for its \(limit) s (budget maxSeconds)"
    }
}

extension AgentMessages {
    static func noSuchSelector(_ old: String, _ steps: String) -> String {
        "no locator of the remaining steps reads '\(old)'; they are:\n\(steps)"
    }

    static func replaced(_ count: Int, _ old: String, _ new: String) -> String {
        "\(count) locator\(count == 1 ? "" : "s") now read '\(new)' instead of '\(old)'"
    }

    static func resumeFailed(_ why: String) -> String {
        "the program's remaining steps failed:\n\(why)\nMend more with replace_selector, act on the page, or do the "
            + "rest of the task with the tools and finish."
    }
}

extension AgentMessages {
    static let noScreenshot = "no picture of this page can be taken here; use observe or read_text"

    static func screenshotTaken(_ url: String) -> String {
        "a picture of the visible part of \(url); act through the refs of the latest page view"
    }
}
