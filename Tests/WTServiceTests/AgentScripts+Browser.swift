import Foundation
import WTTestSupport

// Scripts for the browser-only samples' longer flows: challenge's exploration and quote-form's v2 repair.

/// The challenge sample: the page names the report to open (in italics); its status badge is drawn in a
/// shadow root, a draft is published before it can be downloaded, and the report's text is read inside
/// the viewer's iframe.
extension AgentScripts {
    static let challenge: [FakeModelTurn] = [
        call("extract", ##"{"into": "chosen", "selector": "#query em"}"##, turn: 1),
        lookCloser(role: "list", turn: 2),
        .respond { request in
            // The report the page asked for, as the model read it from the extract tool's answer.
            guard request.allUserText.contains("kept chosen = \"Lighthouse survey\""),
                let ref = request.ref(role: "button", name: "Lighthouse survey")
            else { return .missing("no Lighthouse survey button after reading chosen: \(request.lastUserText)") }
            return tool("click", #"{"ref": "\#(ref)"}"#, turn: 3, request: request)
        },
        call("extract", #"{"into": "status", "selector": "status-badge .label"}"#, turn: 4, expecting: "Publish"),
        act("click", role: "button", name: "Publish", turn: 5),
        call("wait_for", #"{"text": "Download the report"}"#, turn: 6),
        // The report's text lives in the viewer's iframe: read inside it.
        call(
            "extract",
            #"{"into": "details", "within": "iframe#viewer", "container": "main", "one": true, "#
                + #""fields": {"title": {"selector": "h1"}, "summary": {"selector": "p.summary"}}}"#,
            turn: 7, expecting: "Download the report"),
        .respond { request in
            guard request.lastUserText.contains("kept details = {"),
                let ref = request.ref(role: "link", name: "Download the report (CSV)")
            else { return .missing("no details or no download link: \(request.lastUserText.suffix(800))") }
            return tool("download", #"{"ref": "\#(ref)", "into": "report"}"#, turn: 8, request: request)
        },
        call("finish", "{}", turn: 9, expecting: "kept report = the file report.csv"),
    ]
}

extension AgentScripts {
    /// quote-form v2: the buttons reworded and the reference read by its class; then, told that the
    /// program's position-based selector for the country's text no longer matches (the dialog's script
    /// stays in the body), the model loosens it and hands the page back again.
    static let quoteFormV2Mend =
        mend(renames: [("Next", "Continue"), ("Get quote", "See my quote"), ("#reference", "dd.reference")])
        + [
            .respond { request in
                let old = "body > form:nth-child(3) > p:nth-child(2)"
                guard request.lastUserText.contains("no element matches \"\(old)\"") else {
                    return .missing("the resumed program did not fail on \(old): \(request.lastUserText.suffix(1500))")
                }
                let calls: [FakeModelBlock] = [
                    .toolUse(
                        id: "toolu_r9", name: "replace_selector",
                        input: #"{"old": "\#(old)", "new": "form > p:nth-child(2)"}"#),
                    .toolUse(id: "toolu_resume2", name: "resume_program", input: "{}"),
                ]
                return .message(
                    FakeModelMessage(
                        id: "msg_mend2", content: calls, stopReason: "tool_use",
                        usage: [("input_tokens", request.body.count / 4), ("output_tokens", 60)]))
            }
        ]
}
