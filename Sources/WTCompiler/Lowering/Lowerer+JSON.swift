import WTSema
import WTSyntax
import WTTrace

extension Lowerer {
    /// A read of JSON documents (an API's answer; the recorder keeps its body as a `.json` response):
    /// `json "path"`, or `each json "container" { field = json "path" … }` for records, with the paths
    /// found where the recorded documents hold the recorded values (`JSONPathSearch`). Nil when a page
    /// read is not a JSON document. When no path reads every example, the read is lowered as one of the
    /// page the document shows (`text "pre"`), and failing that refused with the JSON reason.
    mutating func jsonExtraction(_ group: [TraceStep], into: String, slot: WTType) -> [Lowered]? {
        guard !scope.pageReads.contains(group[0].index) else { return nil }
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
                return refuse(group, Messages.noJSONContainer)
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
        guard let path = JSONPathSearch.path(examples) else { return refuse(group, Messages.noJSONPath) }
        log.explain.append(
            "step \(step.index) extract \(into): the page is a JSON document; json \"\(path)\" reads every example")
        let read = Extraction.json(JSONExtraction(path: StringLiteral(text: path)))
        return [Lowered(.extract(target: Identifier(into), op: op, read), steps: steps)]
    }

    /// The read lowered as a read of the page, when that works; else no statement and the JSON reason.
    private mutating func refuse(_ group: [TraceStep], _ reason: String) -> [Lowered] {
        var page = self
        page.scope.pageReads.insert(group[0].index)
        let read = page.extraction(group)
        page.scope.pageReads.remove(group[0].index)
        if !read.isEmpty {
            self = page
            return read
        }
        log.problems.append(LoweringProblem(step: group[0].index, message: Messages.extraction(group[0], reason)))
        return []
    }
}
