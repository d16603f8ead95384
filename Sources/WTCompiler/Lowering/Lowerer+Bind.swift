import WTExtract
import WTSyntax
import WTTrace

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

extension Lowerer {
    /// The parameters the compiler introduced that the program refers to, to declare in its head.
    var newParameters: [TraceParameter] {
        context.origins.parameters.filter {
            scope.addedParameters.contains($0.name) && !scope.readByEye.contains($0.name)
        }
    }

    /// The value step `step` typed, chose or opened, as its origin (`ValueOrigins`) says; nil when the
    /// analysis has nothing for it. New parameters it refers to are noted for the program's head.
    mutating func bound(_ step: TraceStep) -> Expr? {
        let origins = context.origins
        guard let value = step.value, let origin = origins.byStep[step.index] else { return nil }
        // A name of a new parameter is declared unless a read of the page took its place.
        scope.addedParameters.formUnion(
            origin.references.filter { name in origins.parameters.contains { $0.name == name } })
        if let line = origin.explanation(step: step.index, value), !log.explain.contains(line) {
            log.explain.append(line)
        }
        return origin.expression(value)
    }

    /// `open` for a step (one per loop iteration in `group`): to the address its origin says when every
    /// step agrees, after the `let`s of read parts it uses; else to the parameter binder's template.
    mutating func openStatements(_ group: [TraceStep]) -> [Lowered] {
        let steps = group.map(\.index)
        let origins = context.origins
        let written = group.map { step in origins.byStep[step.index].map { $0.expression(step.value ?? "") } }
        guard let first = written.first, let target = first, written.allSatisfy({ $0 == first }),
            bound(group[0]) != nil
        else {
            return [Lowered(.open(Expr(.string(openTarget(group)))), steps: steps)]
        }
        let lets = (origins.derived[group[0].index] ?? []).map { part in
            Lowered(
                .letBinding(
                    target: Identifier(part.name), op: .assign,
                    Syntax.matching(Syntax.reference(part.path), part.pattern)))
        }
        return lets + [Lowered(.open(target), steps: steps)]
    }
}

extension Lowerer {
    /// For a value the run typed or chose that its page showed but no step read (an agent read it by eye):
    /// a read of it from the page, placed before the step, and the expression to type (the variable, which
    /// holds the value or the regex part of the text that is the value). Nothing when there is no such
    /// value, the step is inside a `within` (where a page-level read would be scoped), or no read
    /// reproduces it; the value is then the parameter its origin names.
    mutating func readShown(_ step: TraceStep) -> (reads: [Lowered], typed: Expr?) {
        guard [.fill, .select].contains(step.action), step.scope.isEmpty, let value = step.value,
            case .shownOnPage(let name)? = context.origins.byStep[step.index],
            !scope.loopBindings.contains(where: { $0.valueAt[step.index] == .string(value) }),
            let document = store.document(step.before), let shown = Self.shownText(value, in: document)
        else { return ([], nil) }
        let read = TraceStep(
            index: step.index, action: .extract, before: step.before,
            extraction: TraceExtraction(into: name, append: false, value: .string(shown)))
        let pattern = shown == value ? nil : RegexPart.pattern(for: value, in: shown)
        guard shown == value || pattern != nil, let reads = reading([read], matching: pattern, holding: value)
        else { return ([], nil) }
        scope.readByEye.insert(name)
        log.explain.append(
            "step \(step.index): \(Printer.print(Syntax.string(value))) is shown on its page but no step read it: "
                + "read into '\(name)'")
        return (reads, Syntax.reference(name))
    }

    /// The statements that read the texts `group`'s extractions hold, with `then match pattern` on the last
    /// read when there is a pattern; `value` is what the variable holds after it (the part the pattern
    /// takes), for text built around it later. Nil, with nothing changed, when the read cannot be lowered.
    mutating func reading(
        _ group: [TraceStep], matching pattern: String?, holding value: String, converting: Transform.Kind? = nil,
        then more: [Transform.Kind] = []
    ) -> [Lowered]? {
        let (scopeBefore, logBefore) = (scope, log)
        var reads = extraction(group, readingAs: converting == nil && more.isEmpty ? nil : .string)
        guard log.problems.count == logBefore.problems.count, let last = reads.last,
            case .extract(let target, let op, .field(var field)) = last.kind
        else {
            (scope, log) = (scopeBefore, logBefore)
            return nil
        }
        if let pattern {
            field.transforms.append(Transform(.match(StringLiteral(text: pattern), group: nil)))
            if scope.extractedScalars.first?.name == target.name { scope.extractedScalars[0].value = value }
        }
        if let converting { field.transforms.append(Transform(converting)) }
        field.transforms += more.map { Transform($0) }
        reads[reads.count - 1].kind = .extract(target: target, op: op, .field(field))
        return reads
    }

    /// A text read whose value is no element's whole text but a regex part of one (`Your code is QP-4521.`):
    /// that element's text read with `then match`, one pattern for every step of `group`. Nil when the
    /// values are not such parts.
    mutating func readPart(_ group: [TraceStep]) -> [Lowered]? {
        var patterns: Set<String> = []
        var whole: [TraceStep] = []
        var parts: [String] = []
        for step in group {
            guard let extraction = step.extraction, let document = store.document(step.before),
                let (value, shown) = Self.writtenPart(extraction.value, in: document), shown != value,
                let pattern = RegexPart.pattern(for: value, in: shown)
            else { return nil }
            patterns.insert(pattern)
            parts.append(value)
            var read = step
            read.extraction?.value = .string(shown)
            whole.append(read)
        }
        guard patterns.count == 1, let pattern = patterns.first, let first = group.first?.extraction,
            let value = parts.first,
            let reads = reading(whole, matching: pattern, holding: value, converting: conversion(first))
        else { return nil }
        log.explain.append(
            "step \(group[0].index) extract \(first.into): no element's text is the value read, but a part of "
                + "one is: its text then match \(Printer.print(Syntax.string(pattern)))")
        return reads
    }

    /// The value as the page writes it and the shortest rendered text holding it: a string as it is, a
    /// number as digits or with thousands separators (`1,345`, `1 345`, `1.345`), the way `then int` and
    /// `then number` read it back.
    static func writtenPart(_ value: JSONValue, in document: HTMLDocument) -> (part: String, shown: String)? {
        switch value {
        case .string(let text):
            return shownText(text, in: document).map { (text, $0) }
        case .number(let number):
            for written in writtenForms(number) {
                // Two digits are rarer in a text than two letters: a number of two is still looked for.
                if let shown = shownText(written, in: document, shortest: 2) { return (written, shown) }
            }
            return nil
        default:
            return nil
        }
    }

    /// How a page may write `number`: plain, then grouped by thousands with a comma, a space or a dot.
    static func writtenForms(_ number: Double) -> [String] {
        guard number == number.rounded(), abs(number) < 1e15 else { return [String(number)] }
        let digits = String(Int(abs(number)))
        let sign = number < 0 ? "-" : ""
        guard digits.count > 3 else { return [sign + digits] }
        var groups: [String] = []
        var rest = Substring(digits)
        while rest.count > 3 {
            groups.insert(String(rest.suffix(3)), at: 0)
            rest = rest.dropLast(3)
        }
        groups.insert(String(rest), at: 0)
        return [sign + digits] + [",", " ", "."].map { sign + groups.joined(separator: $0) }
    }

    /// The `then` that turns the text of a number read out of a sentence into the type its target holds.
    func conversion(_ extraction: TraceExtraction) -> Transform.Kind? {
        guard case .number = extraction.value else { return nil }
        let declared = outputs[extraction.into] ?? scope.variables[extraction.into]
        return declared?.unwrapped == .int ? .int : .number
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
    /// characters: a longer text would hold it by chance); values shorter than `shortest` are too common.
    static func shownText(_ value: String, in document: HTMLDocument, shortest: Int = 3) -> String? {
        guard value.count >= shortest else { return nil }
        return shortestShownText(in: document, longest: 200, skipping: inChoiceList) { text in
            text.contains(value) && (text == value || RegexPart.pattern(for: value, in: text) != nil) ? () : nil
        }?.text
    }

    /// The shortest text of a rendered element (at most `longest` characters, none of the `skipping`
    /// elements) that `judge` accepts, with what it said of it: the innermost element holding a value.
    static func shortestShownText<Verdict>(
        in document: HTMLDocument, longest: Int, skipping: (Node) -> Bool = { _ in false },
        _ judge: (String) -> Verdict?
    ) -> (text: String, verdict: Verdict)? {
        guard let nodes = try? document.select(CompiledSelector(css: "body *")) else { return nil }
        var best: (text: String, verdict: Verdict)?
        for node in nodes where node.isRendered && !skipping(node) {
            let text = node.text
            guard text.count <= longest else { continue }
            if let found = best, found.text.count <= text.count { continue }
            if let verdict = judge(text) { best = (text, verdict) }
        }
        return best
    }
}
