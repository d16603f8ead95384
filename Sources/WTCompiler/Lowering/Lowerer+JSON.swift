import WTDiagnostics
import WTSyntax
import WTTrace

extension Lowerer {
    /// `extract into = json "path"` when every page the steps read is a JSON document and one path reads
    /// each recorded value from it; nil otherwise (the page is HTML, or no path reads the values).
    mutating func jsonExtraction(_ group: [TraceStep]) -> [Lowered]? {
        var examples: [JSONPathSearch.Example] = []
        for step in group {
            guard let extraction = step.extraction, let document = jsonDocument(step.before) else { return nil }
            examples.append(JSONPathSearch.Example(document: document, value: extraction.value))
        }
        guard let first = group.first?.extraction, let path = JSONPathSearch.path(examples) else { return nil }
        log.explain.append("step \(group[0].index) extract \(first.into): the page is JSON; json \"\(path)\" reads it")
        let read = Extraction.json(JSONExtraction(path: StringLiteral(text: path)))
        let op: AssignOp = first.append ? .append : .assign
        return [Lowered(.extract(target: Identifier(first.into), op: op, read), steps: group.map(\.index))]
    }

    /// The page's raw response parsed as JSON, when it is a JSON document (an object or an array).
    private func jsonDocument(_ page: TracePage?) -> JSONNode? {
        guard let path = page?.response, let text = store.source(path),
            let start = text.first(where: { !$0.isWhitespace }), start == "{" || start == "["
        else { return nil }
        return try? PositionedJSON.parse(Array(text.utf8))
    }
}
