import Foundation
import WTTestSupport

/// Scripts for the end-to-end cases: a login with a secret, a hostile page, budgets and model failures.
/// Like `AgentScripts`, every action goes through a ref found in the observations the request carried.
extension AgentScripts {
    /// The login sample, its password a secret the script only ever writes as `{password}`: fill both
    /// fields, look closer at the form (the view summarises its rows, the buttons among them), sign in,
    /// read the account, finish.
    static let login: [FakeModelTurn] = [
        fill(role: "textbox", name: "Username", text: "{username}", turn: 1),
        fill(role: "textbox", name: "Password", text: "{password}", turn: 2),
        lookCloser(role: "form", name: "", turn: 3),
        click(role: "button", name: "Sign in", turn: 4),
        call("extract", accountExtract, turn: 5, expecting: "Your account"),
        call("finish", "{}", turn: 6, expecting: "demo@example.test"),
    ]

    /// A turn that looks closer at the element the observations name `role` "`name`".
    static func lookCloser(role: String, name: String, turn: Int) -> FakeModelTurn {
        .respond { request in
            guard let ref = request.ref(role: role, name: name) else {
                return .missing("no \(role) named \(name) in the observations sent")
            }
            return tool("look_closer", #"{"ref": "\#(ref)"}"#, turn: turn, request: request)
        }
    }

    static let accountExtract =
        #"{"into": "account", "container": ".account", "fields": {"name": {"selector": ".name"}, "#
        + #""email": {"selector": ".email"}}}"#

    /// One page of the quotes sample: the right extraction, then finish.
    static let quotesOnePage: [FakeModelTurn] = [
        call("extract", quotesExtract, turn: 1),
        call("finish", "{}", turn: 2, expecting: "kept"),
    ]

    static let quotesExtract =
        #"{"into": "quotes", "container": ".quote", "fields": {"text": {"selector": ".text"}, "#
        + #""author": {"selector": "small.author"}}}"#

    /// A model that slips twice before doing the one-page quotes task: it calls a tool that does not
    /// exist, then `extract` without a field's selector; each time it reads the tool's error and goes on.
    static let quotesWithSlips: [FakeModelTurn] = [
        call("teleport", #"{"to": "the answer"}"#, turn: 1),
        call(
            "extract", #"{"into": "quotes", "container": ".quote", "fields": {"text": {"kind": "text"}}}"#, turn: 2,
            expecting: "there is no tool 'teleport'"),
        call("extract", quotesExtract, turn: 3, expecting: "fields.text.selector is missing"),
        call("finish", "{}", turn: 4, expecting: "kept"),
    ]

    /// `count` looks at the page that never finish.
    static func observing(_ count: Int) -> [FakeModelTurn] {
        (1...count).map { call("observe", "{}", turn: $0) }
    }
}
