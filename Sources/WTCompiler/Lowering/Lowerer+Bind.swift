import WTSyntax

extension Lowerer {
    /// Semantic locator text equal to a value the program holds becomes a reference to it: the page said
    /// which item to open (`extract chosen = …` then `click text "{chosen}"`), or a parameter named it. A
    /// later run with other values then acts on the matching element instead of the recorded one.
    func bindingValues(_ decision: LocatorDecision) -> LocatorDecision {
        let known =
            scope.extractedScalars
            + binder.known.filter { $0.type == "string" }.map { (name: $0.name, value: $0.text) }
        guard !known.isEmpty else { return decision }
        var out = decision
        var bound: [Int] = []
        for (i, choice) in decision.choices.enumerated()
        where [.text, .role, .label, .placeholder].contains(choice.kind) {
            for (name, value) in known {
                guard let named = choice.choice.naming(value, by: name) else { continue }
                out.choices[i] = Candidate(kind: choice.kind, choice: named, selector: choice.selector)
                out.explanation.append(
                    "\(Printer.print(Syntax.string(value))) is the value of '\(name)': the locator refers to it")
                bound.append(i)
                break
            }
        }
        // The other choices would find the recorded element whatever the value is: keep only bound ones.
        if !bound.isEmpty { out.choices = bound.map { out.choices[$0] } }
        return out
    }
}
