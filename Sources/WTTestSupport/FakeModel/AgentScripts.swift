import Foundation

/// Scripted model turns for the agent's tests. Each acts only through what the request shows: refs are
/// looked up by role and name in the observations the agent sent, as a model would. The agent's tests
/// extend it with the other samples' scripts; the quotes sample's live here so the command-line tests can
/// play them to built `wtc serve` processes too.
public enum AgentScripts {
    /// A tool call as the model's whole reply; `id` unique per turn. Its usage is what a real model would
    /// be charged, estimated: the request's body at 4 bytes a token in, the call's input (and a little) out.
    public static func tool(_ name: String, _ input: String, turn: Int, request: FakeModelRequest) -> FakeModelReply {
        .message(
            FakeModelMessage(
                id: "msg_\(turn)", content: [.toolUse(id: "toolu_\(turn)", name: name, input: input)],
                stopReason: "tool_use",
                usage: [("input_tokens", request.body.count / 4), ("output_tokens", 20 + input.utf8.count / 4)]))
    }

    /// A turn that clicks the element the last observation names `role` "`name`".
    public static func click(role: String, name: String, turn: Int) -> FakeModelTurn {
        .respond { request in
            guard let ref = request.ref(role: role, name: name) else {
                return .missing("no \(role) named \(name) in the observations sent")
            }
            return tool("click", #"{"ref": "\#(ref)"}"#, turn: turn, request: request)
        }
    }

    /// A turn that fills the field the observations name `role` "`name`" with `text`.
    public static func fill(role: String, name: String, text: String, turn: Int) -> FakeModelTurn {
        .respond { request in
            guard let ref = request.ref(role: role, name: name) else {
                return .missing("no \(role) named \(name) in the observations sent")
            }
            return tool("fill", #"{"ref": "\#(ref)", "text": "\#(text)"}"#, turn: turn, request: request)
        }
    }

    /// A fixed tool call, after checking that the last tool result says `expecting` (when given).
    public static func call(_ name: String, _ input: String, turn: Int, expecting: String? = nil) -> FakeModelTurn {
        .respond { request in
            if let expecting, !request.lastUserText.contains(expecting) {
                return .missing("the last tool result does not say '\(expecting)': \(request.lastUserText.prefix(600))")
            }
            return tool(name, input, turn: turn, request: request)
        }
    }

    /// The quotes sample: one extraction corrected after the tool's feedback (its author selector finds
    /// nothing), then every page through its Next link, then finish.
    public static let quotes: [FakeModelTurn] = {
        let wrong =
            #"{"into": "quotes", "append": true, "container": ".quote", "fields": {"text": {"selector": ".text"}, "#
            + #""author": {"selector": ".author-name"}, "tags": {"selector": "a.tag", "kind": "texts"}}}"#
        let right = wrong.replacingOccurrences(of: ".author-name", with: "small.author")
        return [
            call("extract", wrong, turn: 1),
            call("extract", right, turn: 2, expecting: "empty fields: author in 4 of 4 rows"),
            click(role: "link", name: "Next", turn: 3),
            call("extract", right, turn: 4, expecting: "page 2"),
            click(role: "link", name: "Next", turn: 5),
            call("extract", right, turn: 6, expecting: "page 3"),
            call("finish", "{}", turn: 7, expecting: "kept"),
        ]
    }()

    /// The quotes sample's v2 (classes renamed, "Next" now "Older quotes", a cookie dialog first), repaired
    /// from where the saved program failed: accept the dialog, extract with the new selectors, page on.
    public static let quotesV2Repair: [FakeModelTurn] = {
        let extract =
            #"{"into": "quotes", "append": true, "container": ".entry", "fields": {"text": {"selector": ".entry-text"}, "#
            + #""author": {"selector": "b.writer"}, "tags": {"selector": "a.label", "kind": "texts"}}}"#
        return [
            click(role: "button", name: "Accept and continue", turn: 1),
            call("extract", extract, turn: 2),
            click(role: "link", name: "Older quotes", turn: 3),
            call("extract", extract, turn: 4, expecting: "page 2"),
            click(role: "link", name: "Older quotes", turn: 5),
            call("extract", extract, turn: 6, expecting: "page 3"),
            call("finish", "{}", turn: 7, expecting: "kept"),
        ]
    }()

    /// quotes v2 repaired by mending the program: accept the cookie dialog, point the remaining steps at the
    /// renamed elements, hand the page back — all in one reply, as a model batches tool calls.
    public static let quotesV2Mend: [FakeModelTurn] = [
        .respond { request in
            guard let accept = request.ref(role: "button", name: "Accept and continue") else {
                return .missing("no Accept button in the repair's first observation")
            }
            let renames = [
                (".quote", ".entry"), (".text", ".entry-text"), ("small.author", "b.writer"), ("a.tag", "a.label"),
                ("Next →", "Older quotes →"), ("li.next > a", "li.older > a"),
            ]
            var calls: [FakeModelBlock] = [.toolUse(id: "toolu_1", name: "click", input: #"{"ref": "\#(accept)"}"#)]
            for (i, (old, new)) in renames.enumerated() {
                calls.append(
                    .toolUse(
                        id: "toolu_r\(i)", name: "replace_selector", input: #"{"old": "\#(old)", "new": "\#(new)"}"#))
            }
            calls.append(.toolUse(id: "toolu_resume", name: "resume_program", input: "{}"))
            let output = calls.count * 30
            return .message(
                FakeModelMessage(
                    id: "msg_mend", content: calls, stopReason: "tool_use",
                    usage: [("input_tokens", request.body.count / 4), ("output_tokens", output)]))
        }
    ]
}
