import Foundation
import WTServer

/// A run that used (or left current) a revision, linked from the key page.
struct RunLink: Sendable {
    var id: String
    var aiUsd: String?
}

/// One revision of a key as the key page lists it.
struct RevisionRow: Sendable {
    var id: String
    var reason: String
    var saved: String
    var taskId: String?
    var runs: [RunLink]
    var current: Bool
}

/// The key page (and, with `diff`, the diff page).
struct KeyBody: Sendable {
    var key: String
    var program: String
    var revisions: [RevisionRow]
    var fromOptions: [Option]
    var toOptions: [Option]
    var chartSVG: String?
    var noRuns: String?
    var diff: [DiffLine]?
    var diffFrom: String?
    var diffTo: String?
    var diffError: String?
    var identical: Bool

    /// The page of `view`, with `runs` (the key's tasks, newest first) attached to their revisions and drawn
    /// on the cost chart; the diff form preselects `from` and `to` (by default the last two revisions).
    init(_ view: KeyView, runs: [TaskSummary], from: String?, to: String?) {
        key = view.key
        program = view.program
        let ids = view.revisions.map(\.revisionId)
        let to = to ?? ids.last ?? ""
        let from = from ?? (ids.count > 1 ? ids[ids.count - 2] : to)
        fromOptions = ids.map { Option(value: $0, label: "revision \($0)", selected: $0 == from) }
        toOptions = ids.map { Option(value: $0, label: "revision \($0)", selected: $0 == to) }
        revisions = view.revisions.enumerated().map { index, revision in
            RevisionRow(
                id: revision.revisionId, reason: Self.reason(revision.reason),
                saved: ConsoleFormat.time(revision.savedAt),
                taskId: revision.webTaskId,
                runs: runs.filter {
                    $0.revisionId == revision.revisionId
                        || ($0.revisionId != nil && $0.revisionId == revision.webTaskId)
                }
                .reversed().map { RunLink(id: $0.webTaskId, aiUsd: $0.aiUsd.map(ConsoleFormat.dollars)) },
                current: index == view.revisions.count - 1)
        }
        let charted = runs.filter { $0.aiUsd != nil }.sorted {
            ($0.completedAt ?? $0.createdAt) < ($1.completedAt ?? $1.createdAt)
        }
        if charted.isEmpty {
            noRuns = ConsoleMessages.noRuns
        } else {
            let chart = CostChart(
                runs: charted.map {
                    CostChart.Run(webTaskId: $0.webTaskId, at: $0.completedAt ?? $0.createdAt, aiUsd: $0.aiUsd ?? 0)
                })
            chartSVG = chart.svg(title: ConsoleMessages.costChartTitle)
        }
        identical = false
    }

    /// Why a revision was saved, in words.
    static func reason(_ reason: KeyRevision.Reason) -> String {
        switch reason {
        case .created: "created by exploring"
        case .repaired: "repaired"
        case .imported: "imported"
        }
    }
}
