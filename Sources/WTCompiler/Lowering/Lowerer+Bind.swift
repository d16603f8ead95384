import WTExtract
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
    /// The parameters the compiler introduced that the program refers to, to declare in its head.
    var newParameters: [TraceParameter] {
        origins.parameters.filter { addedParameters.contains($0.name) && !readByEye.contains($0.name) }
    }

    /// The value step `step` typed, chose or opened, written as its origin (`ValueOrigins`) says; nil when
    /// the analysis has nothing for it. New parameters it refers to are noted for the program's head.
    mutating func bound(_ step: TraceStep) -> String? {
        guard let value = step.value, let origin = origins.byStep[step.index] else { return nil }
        // A name of a new parameter is declared unless a read of the page took its place.
        addedParameters.formUnion(origin.references.filter { name in origins.parameters.contains { $0.name == name } })
        if let line = origin.explanation(step: step.index, value), !explain.contains(line) { explain.append(line) }
        return origin.expression(value)
    }

    /// `open` for a step (one per loop iteration in `group`): to the address its origin says when every
    /// step agrees, after the `let`s of read parts it uses; else to the parameter binder's template.
    mutating func openStatements(_ group: [TraceStep]) -> [Lowered] {
        let steps = group.map(\.index)
        let written = group.map { step in origins.byStep[step.index].map { $0.expression(step.value ?? "") } }
        guard let first = written.first, let target = first, written.allSatisfy({ $0 == first }),
            bound(group[0]) != nil
        else {
            return [.line("open " + openTarget(group), steps: steps)]
        }
        let lets = (origins.derived[group[0].index] ?? []).map { part in
            Lowered.line("let \(part.name) = \(part.path) then match \(WTLiteral.quote(part.pattern))", steps: [])
        }
        return lets + [.line("open " + target, steps: steps)]
    }
}

extension Lowerer {
    /// For a value the run typed or chose that its page showed but no step read (an agent read it by eye):
    /// a read of it from the page, placed before the step, and the expression to type (the variable, which
    /// holds the value or the regex part of the text that is the value). Nothing when there is no such
    /// value, the step is inside a `within` (where a page-level read would be scoped), or no read
    /// reproduces it; the value is then the parameter its origin names.
    mutating func readShown(_ step: TraceStep) -> (reads: [Lowered], typed: String?) {
        guard [.fill, .select].contains(step.action), step.scope.isEmpty, let value = step.value,
            case .shownOnPage(let name)? = origins.byStep[step.index],
            !loopBindings.contains(where: { $0.valueAt[step.index] == .string(value) }),
            let document = store.document(step.before), let shown = Self.shownText(value, in: document)
        else { return ([], nil) }
        let read = TraceStep(
            index: step.index, action: .extract, before: step.before,
            extraction: TraceExtraction(into: name, append: false, value: .string(shown)))
        let (problemsBefore, variablesBefore, explainBefore) = (problems, variables, explain)
        var reads = extraction([read])
        let pattern = shown == value ? nil : RegexPart.pattern(for: value, in: shown)
        guard problems.count == problemsBefore.count, case .line(let text, let steps)? = reads.last,
            shown == value || pattern != nil
        else {
            (problems, variables, explain) = (problemsBefore, variablesBefore, explainBefore)
            return ([], nil)
        }
        // The variable holds the value typed, so later text around it (`"Dear {name}"`) reads right too.
        if let pattern {
            reads[reads.count - 1] = .line(text + " then match " + WTLiteral.quote(pattern), steps: steps)
            if extractedScalars.first?.name == name { extractedScalars[0].value = value }
        }
        readByEye.insert(name)
        explain.append(
            "step \(step.index): \(WTLiteral.quote(value)) is shown on its page but no step read it: read into '\(name)'"
        )
        return (reads, name)
    }

    /// Whether `node` is or is inside a `<select>` or `<datalist>`: its options name what can be chosen,
    /// not what to choose.
    static func inChoiceList(_ node: Node) -> Bool {
        var current: Node? = node
        while let n = current {
            if ["select", "datalist", "option", "optgroup"].contains(n.tagName?.lowercased() ?? "") { return true }
            current = n.parent
        }
        return false
    }

    /// Whether the page before a step shows a text (for `ValueOrigins`), parsing the snapshot only when
    /// its HTML may hold the text.
    static func shows(_ store: SnapshotStore) -> (TracePage?, String) -> Bool {
        { page, value in
            // One word without markup characters is in the HTML as it is, or the page cannot show it.
            let plain = !value.contains { "&<>\"'".contains($0) || $0.isWhitespace }
            if plain, let html = page?.snapshot.flatMap(store.source), !html.contains(value) { return false }
            return store.document(page).map { shownText(value, in: $0) != nil } ?? false
        }
    }

    /// The text of the innermost shown element that is `value` or holds it as a regex part (at most 200
    /// characters: a longer text would hold it by chance); values under three characters are too common.
    static func shownText(_ value: String, in document: HTMLDocument) -> String? {
        guard value.count >= 3, let nodes = try? document.select(CompiledSelector(css: "body *")) else { return nil }
        var best: String?
        for node in nodes where node.isRendered && !Self.inChoiceList(node) {
            let text = node.text
            guard text.count <= 200, text.contains(value) else { continue }
            if let found = best, found.count <= text.count { continue }
            if text == value || RegexPart.pattern(for: value, in: text) != nil { best = text }
        }
        return best
    }
}
