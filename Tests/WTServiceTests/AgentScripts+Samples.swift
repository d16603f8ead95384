import Foundation
import WTTestSupport

/// Scripted explorations of the sample sites other than quotes: each does the task of
/// `samples/NAME/program.wt` through refs looked up in the observations it was sent.
extension AgentScripts {
    /// The products sample, with a detour: the model first opens the "Sale!" link, sees it is not a
    /// product, goes back, then opens each product and extracts it.
    static let products: [FakeModelTurn] = {
        var turns: [FakeModelTurn] = [
            click(role: "link", name: "Sale!", turn: 1),
            call("back", "{}", turn: 2, expecting: "not found"),
        ]
        var turn = 3
        for name in productNames {
            // The list is summarised after its first items, so the model looks closer before each click.
            turns.append(lookCloser(role: "list", turn: turn))
            turns.append(click(role: "link", name: name, turn: turn + 1))
            turns.append(call("extract", productExtract(".product"), turn: turn + 2, expecting: name))
            turns.append(call("back", "{}", turn: turn + 3, expecting: "kept"))
            turn += 4
        }
        turns.append(call("finish", "{}", turn: turn, expecting: "All products"))
        return turns
    }()

    /// A turn that looks closer at the latest element with `role` (any name), as a model does when the
    /// observation summarised what it needs.
    static func lookCloser(role: String, turn: Int) -> FakeModelTurn {
        .respond { request in
            guard let ref = request.ref(role: role, name: "") else {
                return .missing("no \(role) in the observations sent: \(request.lastUserText)")
            }
            return tool("look_closer", #"{"ref": "\#(ref)"}"#, turn: turn, request: request)
        }
    }

    /// The six products, in the order the list shows them.
    static let productNames = [
        "Walnut desk lamp", "Linen cushion", "Stoneware mug", "Oak shelf", "Wool throw", "Brass hook",
    ]

    /// The extract call for one product page, appending from the first (as the quotes script does: the
    /// compiler folds a first `=` followed by `+=` into a loop that keeps only the last page's record);
    /// `container` is `.product` on v1 and renamed on v2.
    static func productExtract(_ container: String, price: String = ".price") -> String {
        #"{"into": "products", "append": true, "container": "article\#(container)", "fields": {"#
            + #""name": {"selector": "h1"}, "price": {"selector": "\#(price)", "kind": "number"}, "#
            + #""sku": {"selector": ".sku", "kind": "attr", "attribute": "data-sku"}, "#
            + #""in_stock": {"selector": ".in-stock", "kind": "exists"}, "#
            + #""rating": {"selector": ".rating", "kind": "number"}, "#
            + #""reviews": {"selector": ".review", "kind": "count"}, "#
            + #""images": {"selector": "img.gallery", "kind": "attrs", "attribute": "src"}, "#
            + #""description": {"selector": ".description", "kind": "html"}}}"#
    }

    /// The rates sample, with a schema mismatch: the rates are first read as text, finish's error names
    /// `$.rates[0].rate`, the model reads them again as numbers and finishes.
    static let rates: [FakeModelTurn] = ratesTurns(mismatch: true)

    /// The rates sample read right the first time: the date, the rates as numbers, finish.
    static let ratesDirect: [FakeModelTurn] = ratesTurns(mismatch: false)

    private static func ratesTurns(mismatch: Bool) -> [FakeModelTurn] {
        let updated = ##"{"into": "updated", "selector": "#updated time", "kind": "attr", "attribute": "datetime"}"##
        let asText =
            #"{"into": "rates", "container": "table#rates tbody tr", "fields": {"#
            + #""currency": {"selector": "td:nth-child(1)"}, "code": {"selector": "td:nth-child(2)"}, "#
            + #""rate": {"selector": "td:nth-child(3)"}}}"#
        let asNumber = asText.replacingOccurrences(
            of: #""td:nth-child(3)"}"#, with: #""td:nth-child(3)", "kind": "number"}"#)
        guard mismatch else {
            return [
                call("extract", updated, turn: 1),
                call("extract", asNumber, turn: 2, expecting: "2026-11-27"),
                call("finish", "{}", turn: 3, expecting: "kept 7 records"),
            ]
        }
        return [
            call("extract", updated, turn: 1),
            call("extract", asText, turn: 2, expecting: "2026-11-27"),
            call("finish", "{}", turn: 3, expecting: "kept 7 records"),
            call("extract", asNumber, turn: 4, expecting: "$.rates[0].rate"),
            call("finish", "{}", turn: 5, expecting: "kept 7 records"),
        ]
    }

    /// The login sample: the username and the secret password typed through their parameters, then the
    /// account read on the page the form leads to.
    static let loginSample: [FakeModelTurn] = [
        fill(role: "textbox", name: "Username", text: "{username}", turn: 1),
        fill(role: "textbox", name: "Password", text: "{password}", turn: 2),
        // The form's last rows are summarised ("… 1 more like"), so the model looks closer to find the button.
        lookCloser(role: "form", turn: 3),
        click(role: "button", name: "Sign in", turn: 4),
        call("extract", loginExtract(".account"), turn: 5, expecting: "Your account"),
        call("finish", "{}", turn: 6, expecting: "kept account = {"),
    ]

    /// The login sample's extract: one record of the account section.
    static func loginExtract(_ container: String) -> String {
        #"{"into": "account", "container": "\#(container)", "one": true, "fields": {"name": {"selector": ".name"}, "#
            + #""email": {"selector": ".email"}, "plan": {"selector": ".plan"}}}"#
    }
}

/// Scripted repairs of the samples' v2 sites (`SampleSiteRevisions`).
extension AgentScripts {
    /// One reply that accepts the cookie dialog, makes `extracts` (as the model's own steps), points the
    /// program's remaining steps at the renamed elements and hands the page back: a model batching calls.
    static func mend(extracts: [String] = [], renames: [(String, String)]) -> [FakeModelTurn] {
        [
            .respond { request in
                guard let accept = request.ref(role: "button", name: "Accept and continue") else {
                    return .missing("no Accept button in the repair's first observation: \(request.lastUserText)")
                }
                var calls: [FakeModelBlock] = [
                    .toolUse(id: "toolu_accept", name: "click", input: #"{"ref": "\#(accept)"}"#)
                ]
                for (i, extract) in extracts.enumerated() {
                    calls.append(.toolUse(id: "toolu_x\(i)", name: "extract", input: extract))
                }
                for (i, (old, new)) in renames.enumerated() {
                    calls.append(
                        .toolUse(
                            id: "toolu_r\(i)", name: "replace_selector", input: #"{"old": "\#(old)", "new": "\#(new)"}"#
                        ))
                }
                calls.append(.toolUse(id: "toolu_resume", name: "resume_program", input: "{}"))
                return .message(
                    FakeModelMessage(
                        id: "msg_mend", content: calls, stopReason: "tool_use",
                        usage: [
                            ("input_tokens", request.body.count / 4),
                            ("output_tokens", 30 * calls.count + extracts.map(\.utf8.count).reduce(0, +) / 4),
                        ]))
            }
        ]
    }

    /// products v2: the list's links, the product container and the price are renamed.
    static let productsV2Mend = mend(renames: [
        (".product-link", ".item-link"), ("article.product", "article.item"), (".price", ".cost"),
    ])

    /// feed v2: each post and its author renamed.
    static let feedV2Mend = mend(renames: [("article.post", "article.entry"), (".author", ".byline")])

    /// challenge v2: the queue was hidden behind the dialog when the program read which report to open, so
    /// the model reads it again after accepting; the badge's label, the report's summary and the download
    /// link renamed.
    static let challengeV2Mend =
        mend(
            extracts: [##"{"into": "chosen", "selector": "#query em"}"##],
            renames: [
                ("status-badge .label", "status-badge .state"), ("p.summary", "p.abstract"),
                ("Download the report (CSV)", "Download as CSV"),
            ]) + [
            // The download link's class changed too; the program waits for it after publishing, and the model
            // learns so from the resumed steps' error.
            .respond { request in
                guard request.lastUserText.contains(#"wait for exists ".report": still false"#) else {
                    return .missing(
                        "the resumed program did not wait for .report: \(request.lastUserText.suffix(1500))")
                }
                let calls: [FakeModelBlock] = [
                    .toolUse(
                        id: "toolu_r9", name: "replace_selector", input: #"{"old": ".report", "new": "a.report-file"}"#),
                    .toolUse(id: "toolu_resume2", name: "resume_program", input: "{}"),
                ]
                return .message(
                    FakeModelMessage(
                        id: "msg_mend2", content: calls, stopReason: "tool_use",
                        usage: [("input_tokens", request.body.count / 4), ("output_tokens", 60)]))
            }
        ]

    /// login v2: the account's section and the name inside it are renamed.
    static let loginV2Mend = mend(renames: [(".account", ".profile"), (".name", ".full-name")])

    /// rates v2's date, read from its renamed paragraph.
    static let ratesV2Updated =
        ##"{"into": "updated", "selector": ".as-of time", "kind": "attr", "attribute": "datetime"}"##

    /// rates v2: the date is read again from its renamed paragraph, and the table's selector is renamed.
    static let ratesV2Mend = mend(
        extracts: [ratesV2Updated], renames: [("table#rates tbody tr", "table#fx-rates tbody tr")])

    /// rates v2 by hand: accept the dialog, read the date and the table with the new selectors, finish.
    static let ratesV2ByHand: [FakeModelTurn] = [
        click(role: "button", name: "Accept and continue", turn: 1),
        call("extract", ratesV2Updated, turn: 2),
        call(
            "extract",
            #"{"into": "rates", "container": "table#fx-rates tbody tr", "fields": {"#
                + #""currency": {"selector": "td:nth-child(1)"}, "code": {"selector": "td:nth-child(2)"}, "#
                + #""rate": {"selector": "td:nth-child(3)", "kind": "number"}}}"#, turn: 3, expecting: "2026-11-27"),
        call("finish", "{}", turn: 4, expecting: "kept 7 records"),
    ]
}

/// The browser samples: feed (infinite scroll) and quote-form (a two-step form with an autocomplete).
extension AgentScripts {
    /// A turn calling `tool` on the element the observations name `role` "`name`", with more input members
    /// (`, "text": "…"`); when there is none, the failure shows the last observation.
    static func act(_ tool: String, role: String, name: String, _ more: String = "", turn: Int) -> FakeModelTurn {
        .respond { request in
            guard let ref = request.ref(role: role, name: name) else {
                return .missing("no \(role) named \(name) in the observations sent: \(request.lastUserText)")
            }
            return AgentScripts.tool(tool, #"{"ref": "\#(ref)"\#(more)}"#, turn: turn, request: request)
        }
    }

    /// The feed sample: scroll until the feed says it is all caught up, then read every post.
    static let feed: [FakeModelTurn] = {
        let posts =
            #"{"into": "posts", "container": "article.post", "fields": {"title": {"selector": "h2"}, "#
            + #""author": {"selector": ".author"}, "posted": {"selector": "time", "kind": "attr", "#
            + #""attribute": "datetime"}, "likes": {"selector": ".likes", "kind": "int"}}}"#
        // The page arrives empty ("Loading…"): wait for the first post before scrolling.
        var turns = [call("wait_for", #"{"text": "Youth club pizza night"}"#, turn: 1)]
        turns += (2...13).map { call("scroll", "{}", turn: $0) }
        turns.append(call("wait_for", #"{"text": "all caught up"}"#, turn: 14))
        turns.append(call("extract", posts, turn: 15))
        turns.append(call("finish", "{}", turn: 16, expecting: "kept 43 records"))
        return turns
    }()

    /// The quote-form sample: step 1 (name, country), step 2 (start date, plan, a city picked from the
    /// autocomplete), then the quote's reference and premium.
    static let quoteForm: [FakeModelTurn] = [
        act("fill", role: "textbox", name: "Full name", #", "text": "{full_name}""#, turn: 1),
        act("select", role: "combobox", name: "Country", #", "option": "United Kingdom""#, turn: 2),
        lookCloser(role: "form", turn: 3),
        act("click", role: "button", name: "Next", turn: 4),
        lookCloser(role: "form", turn: 5),
        act("fill", role: "textbox", name: "Cover starts on", #", "text": "{start_date}""#, turn: 6),
        act("check", role: "radio", name: "Basic", turn: 7),
        act("check", role: "checkbox", name: "newsletter", #", "checked": false"#, turn: 8),
        act("fill", role: "textbox", name: "Home city", #", "text": "Lond""#, turn: 9),
        call("wait_for", #"{"text": "London"}"#, turn: 10),
        act("click", role: "listitem", name: "London", turn: 11),
        lookCloser(role: "form", turn: 12),
        act("click", role: "button", name: "Get quote", turn: 13),
        call("extract", ##"{"into": "reference", "selector": "#reference"}"##, turn: 14, expecting: "Your quote"),
        call("extract", #"{"into": "premium", "selector": ".premium", "kind": "number"}"#, turn: 15),
        call("finish", "{}", turn: 16, expecting: "123.45"),
    ]
}
