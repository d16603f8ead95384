import WTDiagnostics

/// Reads a catalog file (see `ModelCatalog`): `aliases` maps names to model ids, `prices` maps model ids to
/// `{input, output, cacheWrite, cacheRead}` in USD per million tokens, with an optional
/// `longPrompt: {threshold, input, output, cacheWrite, cacheRead}`. Unknown members are errors, so a typo
/// (`"cachRead"`) cannot silently leave a rate out.
struct ModelCatalogFile {
    let source: SourceFile

    static let rateKeys = ["input", "output", "cacheWrite", "cacheRead"]

    static func read(_ source: SourceFile) throws(ModelCatalogError) -> ModelCatalog {
        let root: JSONNode
        do { root = try PositionedJSON.parse(source) } catch {
            throw ModelCatalogError(ModelCatalogMessages.notJSON(error.message.text), in: source, at: error.range)
        }
        return try ModelCatalogFile(source: source).catalog(root)
    }

    func catalog(_ root: JSONNode) throws(ModelCatalogError) -> ModelCatalog {
        var catalog = ModelCatalog(aliases: [:], prices: [:])
        for member in try members(root, at: "the catalog", allowed: ["aliases", "prices"]) {
            if member.key == "aliases" {
                for alias in try members(member.value, at: "aliases", allowed: nil) {
                    catalog.aliases[alias.key] = try string(alias.value, at: "aliases.\(alias.key)")
                }
            } else {
                for model in try members(member.value, at: "prices", allowed: nil) {
                    catalog.prices[model.key] = try price(model.value, at: "prices.\(model.key)")
                }
            }
        }
        return catalog
    }

    private func price(_ node: JSONNode, at path: String) throws(ModelCatalogError) -> ModelPrice {
        let rates = try self.rates(node, at: path, extra: ["longPrompt"])
        guard let long = node["longPrompt"] else { return ModelPrice(rates) }
        let longPath = "\(path).longPrompt"
        let longRates = try self.rates(long, at: longPath, extra: ["threshold"])
        let threshold = try number(long["threshold"], key: "threshold", in: long, at: longPath)
        return ModelPrice(rates, longPrompt: .init(threshold: Int(threshold), rates: longRates))
    }

    private func rates(_ node: JSONNode, at path: String, extra: [String]) throws(ModelCatalogError)
        -> ModelPrice.Rates
    {
        _ = try members(node, at: path, allowed: Self.rateKeys + extra)
        var values: [Double] = []
        for key in Self.rateKeys { values.append(try number(node[key], key: key, in: node, at: path)) }
        return ModelPrice.Rates(input: values[0], output: values[1], cacheWrite: values[2], cacheRead: values[3])
    }

    private func number(_ value: JSONNode?, key: String, in parent: JSONNode, at path: String)
        throws(ModelCatalogError) -> Double
    {
        guard let value else { throw error(ModelCatalogMessages.missingRate(key, at: path), parent) }
        guard let number = value.numberValue, number >= 0, number.isFinite else {
            throw error(
                ModelCatalogMessages.expected("a number ≥ 0", at: "\(path).\(key)", found: value.kindName), value)
        }
        return number
    }

    private func string(_ node: JSONNode, at path: String) throws(ModelCatalogError) -> String {
        guard let text = node.stringValue, !text.isEmpty else {
            throw error(ModelCatalogMessages.expected("a model id", at: path, found: node.kindName), node)
        }
        return text
    }

    /// The members of an object, each key checked against `allowed` when given.
    private func members(_ node: JSONNode, at path: String, allowed: [String]?) throws(ModelCatalogError)
        -> [JSONNode.Member]
    {
        guard let members = node.objectMembers else {
            throw error(ModelCatalogMessages.expected("an object", at: path, found: node.kindName), node)
        }
        if let allowed, let unknown = members.first(where: { !allowed.contains($0.key) }) {
            throw ModelCatalogError(
                ModelCatalogMessages.unknownMember(unknown.key, at: path, allowed: allowed), in: source,
                at: unknown.keyRange)
        }
        return members
    }

    private func error(_ message: DiagnosticMessage, _ node: JSONNode) -> ModelCatalogError {
        ModelCatalogError(message, in: source, at: node.range)
    }
}
