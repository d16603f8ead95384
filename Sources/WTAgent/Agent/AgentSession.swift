import Foundation
import WTEngine
import WTRuntime
import WTTrace

/// Carries out the model's tool calls on one page: through the same `PageDriver` the interpreter uses
/// (wrapped by the trace recorder, so every action is recorded with the element described from the page
/// before), resolving refs through `PageObserving`, and answering each action with what changed.
struct AgentSession {
    /// What the session acts with and for.
    struct Setup: Sendable {
        var driver: any PageDriver
        var recorder: TraceRecorder
        /// The task's parameters; secrets as `.secret`.
        var parameters: [String: Value]
        /// Refuses addresses a page or the model could use to reach the machine (metadata, `file:`, …).
        var navigationGuard: NavigationGuard = .standard
        var actionTimeout: Duration = .seconds(10)
        /// The most tokens one observation may cost.
        var observationTokens = 3_000
        /// Checks a finished result; problems name JSON paths (empty when it passes).
        var validate: @Sendable (JSONValue) -> [String] = { _ in [] }
    }

    let setup: Setup
    private let observer: (any PageObserving)?
    var lastObservation: Int?
    /// The page's address at the last observation.
    var currentURL: String?
    /// The extractions kept, in order; an extraction replaced before the next action is dropped.
    var extractions = ExtractionLog()
    /// Tool calls carried out, errors included.
    private(set) var calls = 0
    /// A repair's hold on the program's remaining steps.
    var hooks: (any ProgramHooks)?
    /// How many trace steps had been recorded when the program took the page back.
    var resumedAtStep: Int?
    /// Replaces every secret value, in every form it takes in text (escaped in a quoted name or JSON,
    /// percent- or HTML-encoded), by its `{name}` in everything the model is sent.
    let scrubber: SecretScrubber

    init(_ setup: Setup) {
        self.setup = setup
        self.observer = setup.driver as? any PageObserving
        self.scrubber = SecretScrubber(
            setup.parameters.compactMap { name, value in
                if case .secret(let s) = value { return (name, s) }
                return nil
            })
    }

    /// Secret values, masked in everything the model is shown.
    var masked: [String] {
        setup.parameters.values.compactMap { value in
            if case .secret(let s) = value, !s.isEmpty { return s }
            return nil
        }
    }

    /// Opens the start page (recorded as the trace's first step) and answers with the first observation.
    mutating func start(at url: String) async throws(ToolError) -> String {
        if let refusal = setup.navigationGuard.refusal(for: url) {
            throw ToolError(AgentMessages.startFailed(url, refusal.description))
        }
        do {
            try await setup.driver.open(url, timeout: setup.actionTimeout)
        } catch {
            throw ToolError(AgentMessages.startFailed(url, error.message))
        }
        return scrub(try await observe(full: true))
    }

    /// Runs one tool call. Its answer is scrubbed of secrets whatever produced it: the page view masks
    /// what it can see, but a page may show a secret escaped, reflowed or inside an extracted value.
    mutating func call(_ name: String, _ input: JSONValue) async -> ToolOutcome {
        calls += 1
        do {
            let outcome = try await dispatch(name, ToolInput(input))
            if case .answer(let text) = outcome { return .answer(scrub(text)) }
            return outcome
        } catch {
            return .error(scrub(error.message))
        }
    }

    private mutating func dispatch(_ name: String, _ input: ToolInput) async throws(ToolError) -> ToolOutcome {
        switch name {
        case "observe": return .answer(try await observe(full: true))
        case "look_closer": return .answer(try await lookCloser(try input.string("ref")))
        case "read_text": return .answer(try await readText())
        case "screenshot": return try await screenshot()
        case "navigate": return try await act(.open(try resolveURL(try input.string("url"))), ref: nil)
        case "click": return try await act(.click, ref: try input.string("ref"))
        case "fill": return try await act(.fill(try substitute(try input.string("text"))), ref: try input.string("ref"))
        case "select": return try await act(.select(try input.string("option")), ref: try input.string("ref"))
        case "check":
            return try await act(.check(try input.bool("checked", default: true)), ref: try input.string("ref"))
        case "press": return try await act(.press(try input.string("key")), ref: try input.optionalString("ref"))
        case "scroll": return try await act(.scroll, ref: try input.optionalString("ref"))
        case "back": return try await act(.back, ref: nil)
        case "wait_for": return .answer(try await waitFor(text: try input.string("text")))
        case "extract": return .answer(try await extract(try ExtractRequest(input)))
        case "download":
            return .answer(try await download(ref: try input.string("ref"), into: try input.string("into")))
        case "finish": return try finish(input.optional("result")?.value)
        case "give_up": return .gaveUp(scrub(try input.string("reason")))
        case "replace_selector" where hooks != nil:
            return .answer(try await replaceSelector(try input.string("old"), try input.string("new")))
        case "resume_program" where hooks != nil: return try await resumeProgram()
        default: throw ToolError(AgentMessages.unknownTool(name, AgentTools.names))
        }
    }
}
