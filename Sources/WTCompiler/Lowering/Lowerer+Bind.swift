import WTTrace

extension Lowerer {
    /// Semantic locator text equal to a value the program holds becomes a reference to it: the page said
    /// which item to open (`extract chosen = …` then `click text "{chosen}"`), or a parameter named it. A
    /// later run with other values then acts on the matching element instead of the recorded one.
    func bindingValues(_ decision: LocatorDecision) -> LocatorDecision {
        let known =
            extractedScalars
            + binder.known.filter { $0.type == "string" }.map { (name: $0.name, value: $0.text) }
        guard !known.isEmpty else { return decision }
        var out = decision
        var bound: [Int] = []
        for (i, choice) in decision.choices.enumerated()
        where [.text, .role, .label, .placeholder].contains(choice.kind) {
            for (name, value) in known {
                let literal = " " + WTLiteral.quote(value)
                guard choice.source.hasSuffix(literal) else { continue }
                out.choices[i].source = String(choice.source.dropLast(literal.count)) + " \"{\(name)}\""
                out.explanation.append("\(WTLiteral.quote(value)) is the value of '\(name)': the locator refers to it")
                bound.append(i)
                break
            }
        }
        // The other choices would find the recorded element whatever the value is: keep only bound ones.
        if !bound.isEmpty { out.choices = bound.map { out.choices[$0] } }
        return out
    }
}

extension Lowerer {
    /// The value step `step` typed, chose or opened, written as its origin (`ValueOrigins`) says; nil when
    /// the analysis has nothing for it. New parameters it refers to are noted for the program's head.
    mutating func bound(_ step: TraceStep) -> String? {
        guard let value = step.value, let origin = origins.byStep[step.index] else { return nil }
        if case .unexplained(let name) = origin { addedParameters.insert(name) }
        if let line = origin.explanation(step: step.index, value), !explain.contains(line) { explain.append(line) }
        return origin.expression(value)
    }

    /// The address an `open` step goes to: bound as its origin says when every step of `group` (one per
    /// loop iteration) agrees, else the parameter binder's template.
    mutating func boundAddress(_ group: [TraceStep]) -> String? {
        let written = group.map { step in origins.byStep[step.index].map { $0.expression(step.value ?? "") } }
        guard let first = written.first, let expression = first, written.allSatisfy({ $0 == first }) else {
            return nil
        }
        return bound(group[0]).map { _ in expression }
    }
}
