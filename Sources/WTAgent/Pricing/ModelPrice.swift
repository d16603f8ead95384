/// What one model charges, in US dollars per million tokens of each kind.
///
/// Some models charge more for every token of a request whose prompt is long (Claude Haiku 5.5 over
/// 100,000 prompt tokens); `longPrompt` holds those rates and the threshold, and `usd(for:)` prices each
/// call on its own, so a ledger is priced call by call (`UsageLedger.calls`), never from its sums.
public struct ModelPrice: Sendable, Hashable {
    /// The rates of one band.
    public struct Rates: Sendable, Hashable {
        /// Plain input tokens.
        public var input: Double
        /// Output tokens.
        public var output: Double
        /// Input tokens written to the prompt cache (the 5-minute cache, which this client asks for).
        public var cacheWrite: Double
        /// Input tokens read from the prompt cache.
        public var cacheRead: Double

        /// Rates from their parts.
        public init(input: Double, output: Double, cacheWrite: Double, cacheRead: Double) {
            self.input = input
            self.output = output
            self.cacheWrite = cacheWrite
            self.cacheRead = cacheRead
        }

        /// The usual shape: a 5-minute cache write costs 1.25× input, a cache read `readFactor`× input.
        public static func standard(input: Double, output: Double, readFactor: Double = 0.1) -> Rates {
            Rates(input: input, output: output, cacheWrite: input * 1.25, cacheRead: input * readFactor)
        }

        /// The dollars `usage` costs at these rates.
        func usd(_ usage: ModelUsage) -> Double {
            (Double(usage.inputTokens) * input + Double(usage.outputTokens) * output
                + Double(usage.cacheCreationInputTokens) * cacheWrite + Double(usage.cacheReadInputTokens) * cacheRead)
                / 1_000_000
        }
    }

    /// Rates for a request whose prompt (input, cache writes and cache reads together) has more than
    /// `threshold` tokens; they apply to all of that request's tokens, output included.
    public struct LongPrompt: Sendable, Hashable {
        public var threshold: Int
        public var rates: Rates

        /// A band from its threshold and rates.
        public init(threshold: Int, rates: Rates) {
            self.threshold = threshold
            self.rates = rates
        }
    }

    /// The rates of an ordinary request.
    public var rates: Rates
    /// The rates of a request with a long prompt, for models that have them.
    public var longPrompt: LongPrompt?

    /// A price with one band, or two when `longPrompt` is given.
    public init(_ rates: Rates, longPrompt: LongPrompt? = nil) {
        self.rates = rates
        self.longPrompt = longPrompt
    }

    /// The dollars one call that used `usage` costs.
    public func usd(for usage: ModelUsage) -> Double {
        let prompt = usage.inputTokens + usage.cacheCreationInputTokens + usage.cacheReadInputTokens
        if let longPrompt, prompt > longPrompt.threshold { return longPrompt.rates.usd(usage) }
        return rates.usd(usage)
    }
}
