import Foundation
import WTTestSupport

/// The search sample: two queries, sorted by price, each read page by page through the pager's link.
extension AgentScripts {
    static let search = searchTurns(hit: ".hit", next: "Next")

    /// search v2 by hand: the program typed the first query and sorted; the model accepts the cookie dialog
    /// and does the rest with the new names (cards, "More results").
    static let searchV2ByHand =
        [click(role: "button", name: "Accept and continue", turn: 100)]
        + searchTurns(hit: ".card", next: "More results", firstTyped: true)

    /// search v2 mended: the hits are cards and the Next link reads "More results".
    static let searchV2Mend = mend(renames: [(".results .hit", ".results .card"), ("Next", "More results")])

    /// Both queries: type, sort, Enter, then each page extracted and the next opened through `next`
    /// (with `firstTyped`, the first query's results are already on screen).
    static func searchTurns(hit: String, next: String, firstTyped: Bool = false) -> [FakeModelTurn] {
        let hits =
            #"{"into": "results", "append": true, "container": ".results \#(hit)", "fields": {"#
            + #""title": {"selector": "h3"}, "link": {"selector": "a", "kind": "url"}}}"#
        var turns: [FakeModelTurn] = []
        var turn = 1
        for (query, pages) in [("laptop", 3), ("tablet", 2)] {
            let typed = firstTyped && query == "laptop"
            if !typed {
                turns += [
                    act("fill", role: "searchbox", name: "Search", #", "text": "\#(query)""#, turn: turn),
                    act(
                        "select", role: "combobox", name: "Sort by", #", "option": "Price: low to high""#,
                        turn: turn + 1),
                    act("press", role: "searchbox", name: "Search", #", "key": "Enter""#, turn: turn + 2),
                ]
                turn += 3
            }
            for page in 1...pages {
                turns.append(
                    call("extract", hits, turn: turn, expecting: typed && page == 1 ? nil : "page \(page) of \(pages)"))
                turn += 1
                if page < pages {
                    turns.append(act("click", role: "link", name: next, turn: turn))
                    turn += 1
                }
            }
        }
        turns.append(call("finish", "{}", turn: turn, expecting: "kept"))
        return turns
    }
}
