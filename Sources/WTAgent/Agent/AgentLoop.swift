import Foundation
import WTTrace

/// The conversation: the model is sent the task and the start page, asks for tools, is answered with
/// their results, until it finishes, gives up, or a budget limit is reached. Every model call's usage goes
/// into the ledger; after each call and each tool the budget is checked.
struct AgentLoop {
    var client: any ModelClient
    var model: String
    var maxTokens = 4_096
    var budget: AgentBudget
    var ledger: UsageLedger
    /// AI dollars for the ledger so far; nil when a model's price is unknown (then only the other limits hold).
    var cost: @Sendable (UsageLedger) -> Double?
    var progress: @Sendable (String) -> Void
    /// The tools offered (a repair adds the program's own).
    var tools: [ModelTool] = AgentTools.all
    /// How many answers without a tool call are nudged before the run counts as given up.
    static let nudges = 2

    func run(_ firstMessage: String, session: inout AgentSession) async -> AgentEnd {
        let started = ContinuousClock.now
        var messages = [ModelMessage.user(firstMessage)]
        var nudged = 0
        while true {
            if let over = overBudget(session, since: started) { return over }
            let reply: ModelResponse
            do {
                reply = try await client.send(request(messages))
            } catch {
                return .modelFailed(error)
            }
            ledger.record(reply, from: client.backend)
            messages.append(reply.message)
            let uses = reply.toolUses
            if uses.isEmpty {
                nudged += 1
                guard nudged <= Self.nudges else { return .gaveUp(AgentMessages.stoppedTalking(reply.text)) }
                messages.append(.user(AgentMessages.noToolUsed))
                continue
            }
            var results: [ModelContentBlock] = []
            for use in uses {
                let outcome = await session.call(use.name, use.input)
                report(session, use.name, use.input)
                switch outcome {
                case .finished(let result): return .finished(result)
                case .gaveUp(let reason): return .gaveUp(reason)
                case .answer(let text): results.append(.toolResult(toolUseID: use.id, content: text, isError: false))
                case .picture(let text, let png):
                    results.append(.toolResultImage(toolUseID: use.id, text: text, png: png))
                case .error(let text): results.append(.toolResult(toolUseID: use.id, content: text, isError: true))
                }
            }
            messages.append(ModelMessage(role: .user, content: results))
        }
    }

    private func request(_ messages: [ModelMessage]) -> ModelRequest {
        ModelRequest(
            model: model, maxTokens: maxTokens, system: AgentPrompt.system, messages: messages, tools: tools,
            toolChoice: .any, cache: [.tools, .system, .conversation])
    }

    private func overBudget(_ session: AgentSession, since started: ContinuousClock.Instant) -> AgentEnd? {
        if session.calls >= budget.maxSteps {
            return .budgetExceeded(.steps, AgentMessages.overSteps(budget.maxSteps))
        }
        if let spent = cost(ledger), spent >= budget.maxAiUsd {
            return .budgetExceeded(.aiUsd, AgentMessages.overDollars(spent, budget.maxAiUsd))
        }
        let elapsed = ContinuousClock.now - started
        if elapsed >= .milliseconds(Int64(budget.maxSeconds * 1000)) {
            return .budgetExceeded(.seconds, AgentMessages.overSeconds(budget.maxSeconds))
        }
        return nil
    }

    /// One progress line: the step, the tool and its target, tokens and dollars so far.
    private func report(_ session: AgentSession, _ tool: String, _ input: JSONValue) {
        let total = ledger.total.usage
        let tokens =
            total.inputTokens + total.outputTokens + total.cacheReadInputTokens + total.cacheCreationInputTokens
        let target = input["ref"].flatMap { if case .string(let s) = $0 { s } else { nil } } ?? ""
        let dollars = cost(ledger).map { String(format: "$%.4f", $0) } ?? "$?"
        progress(
            "agent step \(session.calls): \(tool)\(target.isEmpty ? "" : " \(target)") · \(tokens) tokens · \(dollars)")
    }
}
