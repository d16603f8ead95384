import Foundation
import WTDiagnostics

/// Which concrete model each alias (`haiku`, `sonnet`, `opus`) names, and what each model costs.
///
/// Built in: Anthropic's current models and list prices (`AnthropicPrices`). Configuration overrides them,
/// later sources winning:
/// 1. a JSON file named by `WTC_MODEL_CATALOG`:
///    ```json
///    {"aliases": {"haiku": "claude-haiku-4-5"},
///     "prices": {"my-local-model": {"input": 0, "output": 0, "cacheWrite": 0, "cacheRead": 0}}}
///    ```
///    (prices in USD per million tokens; a model priced 0 here is free on purpose, unlike an unknown one);
/// 2. `WTC_MODEL_HAIKU`, `WTC_MODEL_SONNET`, `WTC_MODEL_OPUS`: the id one alias names.
///
/// A model with no price is never counted as $0: `cost(of:)` reports it as unpriced.
public struct ModelCatalog: Sendable, Hashable {
    /// Alias → concrete model id.
    public var aliases: [String: String]
    /// Model id → price.
    public var prices: [String: ModelPrice]

    /// A catalog from its parts.
    public init(aliases: [String: String], prices: [String: ModelPrice]) {
        self.aliases = aliases
        self.prices = prices
    }

    /// Anthropic's models and list prices, with no configuration applied.
    public static let builtIn = ModelCatalog(aliases: AnthropicPrices.aliases, prices: AnthropicPrices.table)

    /// The environment variable naming the catalog file.
    public static let fileVariable = "WTC_MODEL_CATALOG"

    /// The built-in catalog with the file named by `WTC_MODEL_CATALOG` and the `WTC_MODEL_<ALIAS>`
    /// variables of `environment` applied.
    public init(environment: [String: String]) throws(ModelCatalogError) {
        var catalog = Self.builtIn
        if let path = environment[Self.fileVariable], !path.isEmpty {
            let text: String
            do { text = try String(contentsOfFile: path, encoding: .utf8) } catch {
                throw ModelCatalogError(ModelCatalogMessages.unreadable(path))
            }
            try catalog.apply(ModelCatalogFile.read(SourceFile(path: path, text: text)))
        }
        for alias in AnthropicPrices.aliases.keys {
            let variable = "WTC_MODEL_" + alias.uppercased()
            if let id = environment[variable]?.trimmingCharacters(in: .whitespaces), !id.isEmpty {
                catalog.aliases[alias] = id
            }
        }
        self = catalog
    }

    /// Adds or replaces the aliases and prices of `other`.
    mutating func apply(_ other: ModelCatalog) {
        aliases.merge(other.aliases) { $1 }
        prices.merge(other.prices) { $1 }
    }

    /// The concrete id `name` stands for: the id an alias names, else `name` itself.
    public func modelID(for name: String) -> String { aliases[name] ?? name }

    /// The price of `model`, also when the API answered with a dated id (`claude-haiku-4-5-20251001`) of
    /// a model priced under its undated id; nil when the model is unknown.
    public func price(for model: String) -> ModelPrice? {
        if let price = prices[model] { return price }
        let parts = model.split(separator: "-", omittingEmptySubsequences: false)
        guard let last = parts.last, last.count == 8, last.allSatisfy(\.isASCII), last.allSatisfy(\.isNumber)
        else { return nil }
        return prices[parts.dropLast().joined(separator: "-")]
    }
}
