import WTExtract
import WTSema
import WTTrace

/// Where one example record lives on its page: the smallest element holding its values (`lowest`) and
/// the elements from it up to the last one that holds no other record (`chain`, nearest first). A
/// container must select one element of each record's chain.
struct RecordRoot {
    var lowest: Node
    var chain: [Node]
}

/// Places every example record on its page from the elements holding its values.
enum RecordRoots {
    /// One root per record of each page, in order; or the first record that could not be placed.
    static func find(
        _ pages: [(page: ExamplePage, records: [JSONValue])], fields: [WTType.RecordField]
    ) -> Result<[[RecordRoot]], GeneralizationFailure> {
        var candidates: [[[Node]]] = []
        for (page, records) in pages {
            var perRecord: [[Node]] = []
            for (index, record) in records.enumerated() {
                let found = coveringCandidates(fieldMatches(record, fields, page), page)
                guard !found.isEmpty else { return .failure(GeneralizerMessages.recordNotFound(index + 1, page.url)) }
                perRecord.append(found)
            }
            candidates.append(perRecord)
        }
        let support = RecordSignatures(pages.map(\.page), candidates)
        var out: [[RecordRoot]] = []
        for ((page, _), perRecord) in zip(pages, candidates) {
            var lowest: [Node] = []
            for (index, found) in perRecord.enumerated() {
                // Two equal records must not share one element.
                let free = found.filter { !lowest.contains($0) }
                guard let chosen = support.best(of: free.isEmpty ? found : free, on: page) else {
                    return .failure(GeneralizerMessages.recordNotFound(index + 1, page.url))
                }
                lowest.append(chosen)
            }
            let holding = recordsHeld(lowest)
            out.append(lowest.map { RecordRoot(lowest: $0, chain: climb($0, holding: holding, page)) })
        }
        return .success(out)
    }

    /// The elements holding each field's value. Text, links and dates place a record well; numbers only
    /// when nothing else does, as small numbers turn up everywhere (a pager's "3").
    private static func fieldMatches(_ record: JSONValue, _ fields: [WTType.RecordField], _ page: ExamplePage)
        -> [[Node]]
    {
        let key = PageMemo.Record(record: record, fields: fields)
        if let done = page.memo.fieldMatches[key] { return done }
        let found = matchesOnce(record, fields, page)
        page.memo.fieldMatches[key] = found
        return found
    }

    private static func matchesOnce(_ record: JSONValue, _ fields: [WTType.RecordField], _ page: ExamplePage)
        -> [[Node]]
    {
        func matches(_ strong: Bool) -> [[Node]] {
            fields.filter { isStrong($0.type) == strong }.compactMap { field in
                guard let value = record[field.name], value != .null else { return nil }
                let nodes = ValueTargets.find(value, as: field.type, on: page, in: nil).map(\.node)
                return nodes.isEmpty ? nil : nodes
            }
        }
        let strong = matches(true)
        return strong.isEmpty ? matches(false) : strong
    }

    private static func isStrong(_ type: WTType) -> Bool {
        switch type.elementType?.unwrapped ?? type.unwrapped {
        case .string, .url, .date: true
        default: false
        }
    }

    /// For each element holding the rarest field's value, the nearest element above it that holds a
    /// value of every field: the places the record could be.
    private static func coveringCandidates(_ matches: [[Node]], _ page: ExamplePage) -> [Node] {
        guard let rarest = matches.min(by: { $0.count < $1.count }) else { return [] }
        var out: [Node] = []
        for start in rarest {
            let covering = page.ancestors(of: start).first { candidate in
                matches.allSatisfy { field in field.contains { page.contains(candidate, $0) } }
            }
            if let covering, !out.contains(covering) { out.append(covering) }
        }
        return out
    }

    /// How many of the records' lowest elements each element is or holds (each record once, two records
    /// placed on one element twice).
    private static func recordsHeld(_ lowest: [Node]) -> [Node: Int] {
        var held: [Node: Int] = [:]
        for node in lowest {
            var current: Node? = node
            while let step = current {
                held[step, default: 0] += 1
                current = step.parent
            }
        }
        return held
    }

    /// `node` and its ancestors while they hold none of the other records' roots (only `node`'s own
    /// record), below `<body>`.
    private static func climb(_ node: Node, holding: [Node: Int], _ page: ExamplePage) -> [Node] {
        var chain: [Node] = []
        for ancestor in page.ancestors(of: node) {
            if (holding[ancestor] ?? 0) > 1 { break }
            chain.append(ancestor)
        }
        return chain.isEmpty ? [node] : chain
    }
}
