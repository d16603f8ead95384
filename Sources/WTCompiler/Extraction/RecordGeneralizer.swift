import WTExtract
import WTSema
import WTTrace

/// `each`/`one`: places the records, finds a container, then a plan per field inside it.
enum RecordGeneralizer {
    /// Containers tried in turn when the best one leaves a field unreproducible.
    static let containerTries = 3

    /// A plan for `fields` (the ones the extraction reads; bound fields left out), given each page's
    /// example records.
    static func generalize(
        _ pages: [(page: ExamplePage, records: [JSONValue])], fields: [WTType.RecordField], each: Bool,
        recorded: RecordedSelectors, explain: inout [String]
    ) -> Result<ExtractionPlan, GeneralizationFailure> {
        guard pages.contains(where: { !$0.records.isEmpty }) else { return .failure(GeneralizerMessages.noRecords) }
        let placed: [PageRecords]
        switch RecordRoots.find(pages, fields: fields) {
        case .success(let roots): placed = zip(pages, roots).map { PageRecords(page: $0.0, records: $0.1, roots: $1) }
        case .failure(let failure): return .failure(failure)
        }
        let total = placed.reduce(0) { $0 + $1.records.count }
        var losers: [String] = []
        let containers: [Container]
        let found = ContainerSearch.find(
            placed, preferLowest: !each, wanted: containerTries, recorded: recorded.container, losers: &losers)
        switch found {
        case .success(let found): containers = found
        case .failure(let failure):
            explain += losers
            return .failure(failure)
        }
        var firstFailure: GeneralizationFailure?
        for container in containers {
            var lines: [String] = []
            switch plans(fields, in: container, placed, recorded: recorded, explain: &lines) {
            case .success(let plans):
                explain.append(
                    GeneralizerMessages.containerChosen(
                        container.css, records: total, pages: placed.count, recorded: container.recorded))
                explain += losers + lines
                return .success(
                    each
                        ? .each(container: container.css, fields: plans) : .one(container: container.css, fields: plans)
                )
            case .failure(let failure):
                losers.append(GeneralizerMessages.containerAbandoned(container.css, field: failure.field ?? "?"))
                firstFailure = firstFailure ?? failure
            }
        }
        explain += losers
        return .failure(firstFailure ?? GeneralizerMessages.noContainer(0, closest: nil))
    }

    /// A plan for every field relative to `container`; the explanation only when all succeed.
    private static func plans(
        _ fields: [WTType.RecordField], in container: Container, _ pages: [PageRecords], recorded: RecordedSelectors,
        explain: inout [String]
    ) -> Result<[FieldPlan], GeneralizationFailure> {
        var lines: [String] = []
        var plans: [FieldPlan] = []
        for field in fields {
            var samples: [FieldSample] = []
            for (entry, nodes) in zip(pages, container.nodes) {
                for (index, (record, node)) in zip(entry.records, nodes).enumerated() {
                    let expected = record[field.name] ?? .null
                    samples.append(FieldSample(page: entry.page, context: node, expected: expected, record: index + 1))
                }
            }
            let found = FieldSearch.find(
                field.name, type: field.type, samples: samples, recorded: recorded.field(field.name), explain: &lines)
            switch found {
            case .success(let plan): plans.append(plan)
            case .failure(let failure): return .failure(failure)
            }
        }
        explain += lines
        return .success(plans)
    }
}
