import Foundation
import WTExtract
import WTSema
import WTSyntax
import WTTrace

extension Lowerer {
    /// `extract` from the example records of every step in `group` (one per loop iteration); `readingAs`
    /// reads a value of another type than the target's (the text a `then` chain turns into it).
    mutating func extraction(_ group: [TraceStep], readingAs: WTType? = nil) -> [Lowered] {
        let step = group[0]
        guard let extraction = step.extraction else { return [] }
        let into = extraction.into
        let declared = outputs[into] ?? scope.variables[into] ?? Self.inferredType(of: extraction.value)
        if outputs[into] == nil { scope.variables[into] = declared }
        let slot = readingAs ?? slotType(declared, extraction)
        if let read = jsonExtraction(group, into: into, slot: slot) { return read }
        let external = externalFields(group, slot: slot)
        var examples: [ExtractionExample] = []
        for s in group {
            guard let path = s.before?.snapshot, let html = store.source(path), let value = s.extraction?.value else {
                log.problems.append(
                    LoweringProblem(step: s.index, message: Messages.noSnapshot(s), help: Messages.recordAgain))
                return []
            }
            // The page is parsed once for locators and extraction alike.
            examples.append(
                ExtractionExample(
                    html: html, url: s.before?.url ?? "", value: value, key: path, document: store.document(s.before)))
        }
        var why: [String] = []
        let generalized = ExtractionGeneralizer.generalize(
            examples, type: slot, external: Set(external.keys), explain: &why, pages: examplePages,
            recorded: RecordedSelectors(group.compactMap(\.extraction)))
        switch generalized {
        case .failure(let failure):
            // A value that is a regex part of an element's text is read as that text then match.
            if let read = readPart(group) ?? readSplit(group) { return read }
            let field = failure.field.map { "field '\($0)': " } ?? ""
            log.problems.append(
                LoweringProblem(step: step.index, message: Messages.extraction(step, field + failure.message)))
            return []
        case .success(let plan):
            log.explain += why.map { "step \(step.index) extract \(into): \($0)" }
            if scope.loopBindings.isEmpty, case .string(let text) = extraction.value, !text.isEmpty {
                scope.extractedScalars.insert((into, text), at: 0)
            }
            let op: AssignOp = extraction.append ? .append : .assign
            var out: [Lowered] = []
            if browser, let wait = plan.waitSelector, !arrivesWithPage(wait, group), showsOnPage(wait, group) {
                out.append(Lowered(.waitFor(Syntax.exists(wait), timeout: nil)))
            }
            out.append(
                render(
                    plan, into: into, op: op, record: slot.unwrapped.elementType ?? slot.unwrapped,
                    external: external, steps: group.map(\.index)))
            return out
        }
    }

    /// Whether `selector` already matches in the raw response of every page read and every value read
    /// there is in that response too: then the page has them when it has loaded and a wait would be
    /// redundant (issue: "remove redundant waits"). A container served empty and filled by a script (or
    /// an iframe) still gets its wait.
    private mutating func arrivesWithPage(_ selector: String, _ group: [TraceStep]) -> Bool {
        guard let compiled = try? CompiledSelector(SelectorText.selector(selector)) else { return false }
        let arrives = group.allSatisfy { step in
            guard let page = step.before, let path = page.response, let html = store.source(path),
                let document = try? HTMLDocument(html: html, url: page.url)
            else { return false }
            guard (try? document.select(compiled))?.isEmpty == false, let raw = RawResponse(html: html, url: page.url)
            else { return false }
            return Self.strings(in: step.extraction?.value).allSatisfy(raw.contains)
        }
        if arrives { log.explain.append("no wait before step \(group[0].index): \(selector) is in the page as served") }
        return arrives
    }

    /// Whether what the step read was visible on every page it read: `wait for exists` in a browser waits
    /// for a visible element, so a wait for content the page keeps hidden would only time out.
    private mutating func showsOnPage(_ selector: String, _ group: [TraceStep]) -> Bool {
        let shows = group.allSatisfy { step in
            guard let document = store.document(step.before),
                let found = selections.select(SelectorText.selector(selector), in: document, context: nil)
            else { return true }
            return found.contains(where: \.isRendered)
        }
        if !shows {
            log.explain.append("no wait before step \(group[0].index): \(selector) is hidden on the page it read")
        }
        return shows
    }

    /// What one step produced: the whole declared type, or one element of it when `+=` added one.
    private func slotType(_ declared: WTType, _ extraction: TraceExtraction) -> WTType {
        guard extraction.append, let element = declared.unwrapped.elementType else { return declared }
        if case .array = extraction.value { return declared.unwrapped }
        return element
    }

    /// Record fields the page does not show: the value of an enclosing loop's variable in every
    /// iteration (`page = link`), or else the page's own address (`page = url`).
    private func externalFields(_ group: [TraceStep], slot: WTType) -> [String: String] {
        guard case .record(let fields) = (slot.unwrapped.elementType ?? slot).unwrapped else { return [:] }
        var out: [String: String] = [:]
        for field in fields {
            if let binding = scope.loopBindings.last(where: {
                $0.values(group).map { holds(field.name, group, $0) } ?? false
            }
            ) {
                out[field.name] = binding.name
            } else if [.url, .string].contains(field.type.unwrapped),
                holds(field.name, group, group.map { .string($0.before?.url ?? "") })
            {
                out[field.name] = "url"
            }
        }
        return out
    }

    /// Every record of iteration k has `values[k]` in field `name`.
    private func holds(_ name: String, _ group: [TraceStep], _ values: [JSONValue]) -> Bool {
        guard values.count == group.count else { return false }
        return group.indices.allSatisfy { k in
            let records = Self.records(group[k].extraction?.value)
            return !records.isEmpty && records.allSatisfy { $0[name] == values[k] }
        }
    }

    /// Every string in a JSON value.
    static func strings(in value: JSONValue?) -> [String] {
        switch value {
        case .string(let s)?: [s]
        case .array(let items)?: items.flatMap { strings(in: $0) }
        case .object(let members)?: members.flatMap { strings(in: $0.value) }
        default: []
        }
    }

    static func records(_ value: JSONValue?) -> [JSONValue] {
        switch value {
        case .array(let items)?: items
        case .object?: [value ?? .null]
        default: []
        }
    }

    /// The type of a variable the trace extracted into without declaring it: links are `[url]`.
    static func inferredType(of value: JSONValue) -> WTType {
        guard case .array(let items) = value else { return .string }
        let strings = items.compactMap { item -> String? in
            if case .string(let s) = item { return s }
            return nil
        }
        guard strings.count == items.count else { return .list(.string) }
        let urls = strings.allSatisfy { $0.hasPrefix("http://") || $0.hasPrefix("https://") }
        return .list(urls ? .url : .string)
    }

    private func render(
        _ plan: ExtractionPlan, into: String, op: AssignOp, record: WTType, external: [String: String], steps: [Int]
    ) -> Lowered {
        let target = Identifier(into)
        switch plan {
        case .field(let field):
            return Lowered(.extract(target: target, op: op, .field(Self.fieldSyntax(field))), steps: steps)
        case .each(let container, let fields), .one(let container, let fields):
            let order: [String] =
                if case .record(let declared) = record { declared.map(\.name) } else { fields.map(\.name) }
            var bindings: [FieldBinding] = []
            for name in order {
                if let variable = external[name] {
                    bindings.append(FieldBinding(name: Identifier(name), value: .expr(Syntax.reference(variable))))
                } else if let field = fields.first(where: { $0.name == name }) {
                    bindings.append(FieldBinding(name: Identifier(name), value: .extraction(Self.fieldSyntax(field))))
                }
            }
            let locator = SelectorText.locator(container)
            let records: Extraction =
                if case .each = plan { .each(locator, RecordBody(bindings)) } else {
                    .one(locator, RecordBody(bindings))
                }
            return Lowered(.extract(target: target, op: op, records), steps: steps)
        }
    }

    /// `text ".price"`, `attr "href" of "a"`: one field of a plan.
    static func fieldSyntax(_ field: FieldPlan) -> FieldExtraction {
        Syntax.field(field.kind, attribute: field.attribute, selector: field.selector)
    }
}

extension ExtractionPlan {
    /// What a browser program waits for before reading: the container, or the field's element.
    var waitSelector: String? {
        switch self {
        case .each(let container, _), .one(let container, _): container
        case .field(let field): field.selector
        }
    }
}
