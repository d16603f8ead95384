/// Anthropic's published list prices, USD per million tokens, for the models the aliases name and their
/// recent predecessors.
///
/// Sources, checked 2026-12-07: the model overview pages on platform.claude.com/docs (`models/opus-5-5`,
/// `models/sonnet-5-5`, `models/opus-5`, `models/sonnet-5`: input, output, 5-minute cache write, cache read)
/// and the pricing page platform.claude.com/docs/en/about-claude/pricing (the 4.x and 3.x rows, and Haiku
/// 5.5's two bands, split at 100,000 prompt tokens). Sonnet 5.5's cache read is $0.10: Anthropic halved it
/// on 2026-10-07 (the model page we read still showed the old $0.20). Cache writes are the 5-minute
/// cache's, 1.25× input, since that is the only cache this client asks for. Prices change: a configuration
/// file overrides any row (see `ModelCatalog`).
enum AnthropicPrices {
    typealias Rates = ModelPrice.Rates

    static let table: [String: ModelPrice] = [
        "claude-fable-5-1": ModelPrice(Rates(input: 10, output: 50, cacheWrite: 12.5, cacheRead: 0.25)),
        "claude-fable-5": ModelPrice(.standard(input: 10, output: 50)),
        "claude-opus-5-5": ModelPrice(.standard(input: 4, output: 20, readFactor: 0.05)),
        "claude-opus-5": ModelPrice(.standard(input: 5, output: 25)),
        "claude-opus-4-8": ModelPrice(.standard(input: 5, output: 25)),
        "claude-opus-4-7": ModelPrice(.standard(input: 5, output: 25)),
        "claude-opus-4-6": ModelPrice(.standard(input: 5, output: 25)),
        "claude-opus-4-5": ModelPrice(.standard(input: 5, output: 25)),
        "claude-opus-4-1": ModelPrice(.standard(input: 15, output: 75)),
        "claude-opus-4-0": ModelPrice(.standard(input: 15, output: 75)),
        "claude-opus-4": ModelPrice(.standard(input: 15, output: 75)),
        "claude-sonnet-5-5": ModelPrice(.standard(input: 2, output: 10, readFactor: 0.05)),
        "claude-sonnet-5": ModelPrice(.standard(input: 2, output: 10)),
        "claude-sonnet-4-6": ModelPrice(.standard(input: 3, output: 15)),
        "claude-sonnet-4-5": ModelPrice(.standard(input: 3, output: 15)),
        "claude-sonnet-4-0": ModelPrice(.standard(input: 3, output: 15)),
        "claude-sonnet-4": ModelPrice(.standard(input: 3, output: 15)),
        "claude-haiku-5-5": ModelPrice(
            .standard(input: 0.1, output: 0.5),
            longPrompt: .init(threshold: 100_000, rates: .standard(input: 0.5, output: 2.5))),
        "claude-haiku-4-5": ModelPrice(.standard(input: 1, output: 5)),
        "claude-3-5-haiku": ModelPrice(.standard(input: 0.8, output: 4)),
        "claude-3-haiku": ModelPrice(Rates(input: 0.25, output: 1.25, cacheWrite: 0.3, cacheRead: 0.03)),
    ]

    /// The concrete ids the aliases name by default: the current model of each family.
    static let aliases: [String: String] = [
        "haiku": "claude-haiku-5-5",
        "sonnet": "claude-sonnet-5-5",
        "opus": "claude-opus-5-5",
    ]
}
