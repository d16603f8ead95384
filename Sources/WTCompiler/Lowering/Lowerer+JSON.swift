import WTSema
import WTSyntax
import WTTrace

extension Lowerer {
    /// A read of JSON documents (an API's answer; the recorder keeps its body as a `.json` response):
    /// `json "path"`, or `each json "container" { field = json "path" … }` for records, with the paths
    /// found where the recorded documents hold the recorded values (`JSONPathSearch`). Nil when a page
    /// read is not a JSON document; no statement, and a problem, when no path reads every example.
    mutating func jsonExtraction(_ group: [TraceStep], into: String, slot: WTType) -> [Lowered]? {
        var examples: [JSONPathSearch.Example] = []
        for step in group {
            guard let document = store.json(step.before), let value = step.extraction?.value else { return nil }
            examples.append(JSONPathSearch.Example(document: document, value: value))
        }
        let step = group[0]
        let op: AssignOp = step.extraction?.append == true ? .append : .assign
        let steps = group.map(\.index)
        if case .record(let fields) = slot.unwrapped.elementType?.unwrapped {
            guard let found = JSONPathSearch.records(examples, fields: fields.map(\.name)) else {
                return refuse(step, JSONMessages.noContainer)
            }
            let bindings = zip(fields, found.fields).map { field, path in
                FieldBinding(
                    name: Identifier(field.name), value: .json(JSONExtraction(path: StringLiteral(text: path))))
            }
            log.explain.append(
                "step \(step.index) extract \(into): the page is a JSON document; each json \"\(found.container)\" "
                    + "reads every recorded record")
            let read = Extraction.eachJSON(
                JSONExtraction(path: StringLiteral(text: found.container)), RecordBody(bindings))
            return [Lowered(.extract(target: Identifier(into), op: op, read), steps: steps)]
        }
        guard let path = JSONPathSearch.path(examples) else { return refuse(step, JSONMessages.noPath) }
        log.explain.append(
            "step \(step.index) extract \(into): the page is a JSON document; json \"\(path)\" reads every example")
        let read = Extraction.json(JSONExtraction(path: StringLiteral(text: path)))
        return [Lowered(.extract(target: Identifier(into), op: op, read), steps: steps)]
    }

    private mutating func refuse(_ step: TraceStep, _ reason: String) -> [Lowered] {
        log.problems.append(LoweringProblem(step: step.index, message: Messages.extraction(step, reason)))
        return []
    }
}

/// Why a read of a JSON document was not lowered (CONVENTIONS #3).
enum JSONMessages {
    static let noPath = "the page is a JSON document, and no json path reads the recorded value from it"
    static let noContainer =
        "the page is a JSON document, and no each json path reads one element per recorded record with every field"
}
