import Foundation
import WTTestSupport

/// The challenge sample: the page names the report to open (in italics); its status badge is drawn in a
/// shadow root, and a draft is published before it can be downloaded.
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
        call("finish", "{}", turn: 7, expecting: "Download the report"),
    ]
}
