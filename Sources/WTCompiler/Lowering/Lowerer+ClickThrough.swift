import Foundation
import WTSyntax
import WTTrace

extension Lowerer {
    /// An agent's way through a list: click item 1, read its page, go back, click item 2, … The program
    /// reads the list's links once and opens each (`for each`), so it visits every item without clicking
    /// its way back and forth. The links' selector must find exactly the items the trace visited.
    mutating func clickThrough(_ steps: [TraceStep], at i: Int) -> ([Lowered], Int)? {
        guard let groups = clickGroups(steps, from: i), groups.count >= 2, let list = groups[0][0].before,
            let path = list.snapshot, let listHTML = store.source(path)
        else { return nil }
        let urls = groups.compactMap { Self.link(of: $0[0], on: list.url) }
        guard urls.count == groups.count else { return nil }
        var why: [String] = []
        let example = ExtractionExample(
            html: listHTML, url: list.url, value: .array(urls.map(JSONValue.string)), key: path,
            document: store.document(list))
        guard
            case .success(.field(let field)) = ExtractionGeneralizer.generalize(
                [example], type: .list(.url), external: [], explain: &why, pages: examplePages)
        else {
            log.explain.append(
                "steps \(groups[0][0].index)…: no selector finds exactly the \(urls.count) items visited")
            return nil
        }
        let name = scope.variables["links"] == nil && outputs["links"] == nil ? "links" : "item_links"
        scope.variables[name] = .list(.url)
        for (k, group) in groups.enumerated() {
            var open = group[0]
            open.action = .open
            open.value = urls[k]
            open.target = nil
            open.before = nil
            replay.rewrites[open.index] = open
            if let back = group.last, back.action == .back { replay.dropped.insert(back.index) }
        }
        log.explain.append(
            "steps \(groups[0][0].index)…\(groups.last?.last?.index ?? 0): \(groups.count) times 'click an item, read, "
                + "back' become reading the links (\(why.first ?? field.selector)) and opening each")
        let read = Lowered(
            .extract(target: Identifier(name), op: .assign, .field(Self.fieldSyntax(field))),
            steps: groups.map { $0[0].index })
        let bodies = groups.map { Array($0.dropFirst().dropLast()) }
        let loop = forEachLink(list: name, urls: urls, opens: [], bodies: bodies)
        return ([read] + loop, i + groups.reduce(0) { $0 + $1.count })
    }

    /// Consecutive groups "click a link on page L, …, back to L", all of the same shape.
    private func clickGroups(_ steps: [TraceStep], from i: Int) -> [[TraceStep]]? {
        guard i < steps.count, steps[i].action == .click, let origin = steps[i].before?.url else { return nil }
        var groups: [[TraceStep]] = []
        var j = i
        while j < steps.count, steps[j].action == .click, steps[j].before?.url == origin {
            guard let end = steps[j...].firstIndex(where: { $0.action == .back }), steps[end].after?.url == origin
            else { break }
            let group = Array(steps[j...end])
            if let first = groups.first, first.map(\.action) != group.map(\.action) { break }
            guard group.dropFirst().dropLast().allSatisfy({ $0.action != .click || $0.before?.url != origin }) else {
                break
            }
            groups.append(group)
            j = end + 1
        }
        return groups.isEmpty ? nil : groups
    }

    /// The absolute address a clicked link leads to.
    static func link(of step: TraceStep, on page: String) -> String? {
        guard let href = step.target?.attribute("href"), let base = URL(string: page),
            let url = URL(string: href, relativeTo: base)?.absoluteString
        else { return nil }
        return url
    }
}
