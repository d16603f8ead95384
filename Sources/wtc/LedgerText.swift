import Foundation
import WTAgent

/// The ledger as the command line prints it.
enum LedgerText {
    /// One line: calls, tokens by kind, dollars, and the backend (a replayed transcript says so).
    static func summary(_ services: Agent.Services, catalog: ModelCatalog) -> String {
        let total = services.ledger.total
        let u = total.usage
        let dollars = catalog.cost(of: services.ledger).description
        let backends = services.ledger.backends.map(\.description).joined(separator: ", ")
        return "ledger: \(total.calls) model calls · input \(u.inputTokens) · output \(u.outputTokens) · cache writes "
            + "\(u.cacheCreationInputTokens) · cache reads \(u.cacheReadInputTokens) tokens · AI \(dollars)"
            + (backends.isEmpty ? "" : " · \(backends)") + "\n"
    }

    static func describe(_ end: AgentEnd) -> String {
        switch end {
        case .finished: "the agent finished"
        case .gaveUp(let why): "the agent gave up: \(why)"
        case .budgetExceeded(_, let why): "budget exceeded: \(why)"
        case .modelFailed(let error): error.message
        case .startFailed(let why): why
        }
    }
}
