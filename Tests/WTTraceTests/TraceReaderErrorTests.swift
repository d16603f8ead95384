import Testing
import WTDiagnostics
import WTTestSupport
import WTTrace

@Suite("Reporting a bad trace where it is written")
struct TraceReaderErrorTests {
    typealias F = TraceFixtures

    static let documentCases: [BadTraceCase] = [
        .init(
            "another version", F.document(["version": "1️⃣2"]), "trace.version", "version 2",
            help: "reads format version 2"),
        .init(
            "an older version", F.document(["version": "1️⃣0"]), "trace.version", "reads version 1 only",
            help: "record the trace again"),
        .init(
            "a version as a string", F.document(["version": "1️⃣\"1\""]), "trace.wrong-type",
            "'version' must be an integer, found string \"1\""),
        .init("a fractional version", F.document(["version": "1️⃣1.5"]), "trace.wrong-type", "found number 1.5"),
        .init(
            "a missing task", "1️⃣" + F.document(removing: ["task"]), "trace.missing-member",
            "the trace needs member 'task'"),
        .init("a null task", F.document(["task": "1️⃣null"]), "trace.wrong-type", "'task' must be a string, found null"),
        .init(
            "a misspelt member", F.document(extra: ["1️⃣\"stepz\": []"]), "trace.unknown-member",
            "unknown member 'stepz' in the trace", help: "did you mean 'steps'?"),
        .init(
            "an unknown member", F.document(extra: ["1️⃣\"zzzzzz\": 1"]), "trace.unknown-member", "'zzzzzz'",
            help: "known members: version, task"),
        .init(
            "a duplicate member", F.document(extra: ["1️⃣\"task\": \"again\""]), "trace.duplicate-member",
            "'task' appears more than once"),
        .init(
            "an unknown mode", F.document(["recordedMode": "1️⃣\"chrome\""]), "trace.invalid-value",
            "'chrome' is not a valid 'recordedMode'", help: "'browser' or 'http'"),
        .init("a root array", "1️⃣[]", "trace.wrong-type", "a trace must be an object, found an array"),
        .init(
            "steps as an object", F.document(["steps": "1️⃣{}"]), "trace.wrong-type",
            "'steps' must be an array, found an object"),
        .init(
            "a parameter without a type", F.document(["parameters": "[1️⃣{\"name\": \"q\"}]"]), "trace.missing-member",
            "a parameter needs member 'type'"),
        .init(
            "an output as a string", F.document(["outputs": "[1️⃣\"quotes\"]"]), "trace.wrong-type",
            "'outputs' item 1 must be an object"),
        .init(
            "an unknown status", F.document(["outcome": "{\"status\": 1️⃣\"succes\"}"]), "trace.invalid-value",
            "'succes'", help: "did you mean 'success'?"),
        .init(
            "a failed step past the end", F.document(["outcome": "{\"status\": \"failed\", \"failedStep\": 1️⃣1}"]),
            "trace.failed-step", "'failedStep' 1 is out of range: the trace has 0 steps"),
        .init("truncated JSON", "{\n  \"version\": 1,\n  1️⃣", "trace.json-syntax", "unexpected end of input"),
        .init("a trailing comma", F.document(extra: ["\"x\": 11️⃣,"]), "trace.json-syntax", "trailing comma"),
        .init("an empty file", "1️⃣", "trace.empty", "the trace file is empty"),
        .init("a file of spaces", "1️⃣  \n\n  ", "trace.empty", "empty"),
    ]

    static let stepCases: [BadTraceCase] = [
        .init(
            "an unknown action", F.document(steps: [#"{"index": 1, "action": 1️⃣"clik"}"#]), "trace.unknown-action",
            "unknown action 'clik'", help: "did you mean 'click'? actions are open, click, fill"),
        .init(
            "a nonsense action", F.document(steps: [#"{"index": 1, "action": 1️⃣"teleport"}"#]), "trace.unknown-action",
            "'teleport'",
            help: "actions are open, click, fill, select, check, uncheck, press, scroll, back, download, extract, wait"),
        .init(
            "a step numbered wrongly",
            F.document(steps: [#"{"index": 1, "action": "scroll"}"#, #"{"index": 1️⃣3, "action": "back"}"#]),
            "trace.step-index", "step index 3 should be 2"),
        .init(
            "an index as a string", F.document(steps: [#"{"index": 1️⃣"1", "action": "scroll"}"#]), "trace.wrong-type",
            "'index' must be an integer"),
        .init(
            "a step that is not an object", F.document(steps: ["1️⃣42"]), "trace.wrong-type",
            "step 1 must be an object, found number 42"),
        .init(
            "a step without action", F.document(steps: [#"1️⃣{"index": 1}"#]), "trace.missing-member",
            "a step needs member 'action'"),
        .init(
            "a misspelt step member", F.document(steps: [#"{"index": 1, "action": "scroll", 1️⃣"timeing": null}"#]),
            "trace.unknown-member", "in a step", help: "did you mean 'timing'?"),
        .init(
            "open without an address",
            F.document(steps: [#"{"index": 1, "action": 1️⃣"open", "after": \#(F.pageJSON)}"#]), "trace.missing-member",
            "a step with action 'open' needs 'value'"),
        .init(
            "click without a page",
            F.document(steps: [#"{"index": 1, "action": 1️⃣"click", "target": \#(F.inputJSON)}"#]),
            "trace.missing-member", "a step with action 'click' needs 'before'"),
        .init(
            "fill without text",
            F.document(steps: [
                #"{"index": 1, "action": 1️⃣"fill", "target": \#(F.inputJSON), "before": \#(F.pageJSON), "value": null}"#
            ]), "trace.missing-member", "needs 'value' or 'secret'"),
        .init(
            "press without a key", F.document(steps: [#"{"index": 1, "action": 1️⃣"press"}"#]), "trace.missing-member",
            "a step with action 'press' needs 'value'"),
        .init(
            "extract without records",
            F.document(steps: [#"{"index": 1, "action": 1️⃣"extract", "before": \#(F.pageJSON)}"#]),
            "trace.missing-member", "needs 'extraction'"),
        .init(
            "select by text",
            F.document(steps: [
                #"{"index": 1, "action": "select", "value": "a", "selectBy": 1️⃣"text", "target": \#(F.inputJSON), "before": \#(F.pageJSON)}"#
            ]), "trace.invalid-value", "'text' is not a valid 'selectBy'", help: "'value' or 'label'"),
        .init(
            "a failed step out of range",
            F.document(
                steps: [#"{"index": 1, "action": "scroll"}"#], outcome: #"{"status": "failed", "failedStep": 1️⃣2}"#),
            "trace.failed-step", "the trace has 1 step", help: "from 1 to 1"),
        .init(
            "a failed step of zero",
            F.document(
                steps: [#"{"index": 1, "action": "scroll"}"#], outcome: #"{"status": "failed", "failedStep": 1️⃣0}"#),
            "trace.failed-step", "'failedStep' 0"),
    ]

    static let memberCases: [BadTraceCase] = [
        .init(
            "an absolute snapshot path",
            F.document(steps: [
                #"{"index": 1, "action": "back", "after": {"url": "u", "title": "t", "snapshot": 1️⃣"/etc/passwd"}}"#
            ]), "trace.bad-path", "snapshot path '/etc/passwd' must be relative", help: "no leading '/'"),
        .init(
            "a response path leaving the folder",
            F.document(steps: [
                #"{"index": 1, "action": "back", "after": {"url": "u", "title": "t", "response": 1️⃣"pages/../../x.html"}}"#
            ]), "trace.bad-path", "response path"),
        .init(
            "a parent path",
            F.document(steps: [
                #"{"index": 1, "action": "back", "after": {"url": "u", "title": "t", "snapshot": 1️⃣".."}}"#
            ]), "trace.bad-path", "'..'"),
        .init(
            "a drive letter",
            F.document(steps: [
                #"{"index": 1, "action": "back", "after": {"url": "u", "title": "t", "snapshot": 1️⃣"C:\\x.html"}}"#
            ]), "trace.bad-path", "C:"),
        .init(
            "a page without a title", F.document(steps: [#"{"index": 1, "action": "back", "after": 1️⃣{"url": "u"}}"#]),
            "trace.missing-member", "a page needs member 'title'"),
        .init(
            "a tag as a number", F.document(steps: [#"{"index": 1, "action": "scroll", "target": {"tag": 1️⃣7}}"#]),
            "trace.wrong-type", "'tag' must be a string, found number 7"),
        .init(
            "a misspelt element member",
            F.document(steps: [#"{"index": 1, "action": "scroll", "target": {"tag": "a", 1️⃣"xPath": "/a"}}"#]),
            "trace.unknown-member", "in an element", help: "did you mean 'xpath'?"),
        .init(
            "attributes as a list",
            F.document(steps: [#"{"index": 1, "action": "scroll", "target": {"tag": "a", "attributes": 1️⃣["href"]}}"#]),
            "trace.wrong-type", "'attributes' must be an object of attribute names to values"),
        .init(
            "an attribute value as a number",
            F.document(steps: [
                #"{"index": 1, "action": "scroll", "target": {"tag": "a", "attributes": {"href": "/", "tabindex": 1️⃣0}}}"#
            ]), "trace.wrong-type", "attribute 'tabindex' must be a string"),
        .init(
            "a class as a number",
            F.document(steps: [#"{"index": 1, "action": "scroll", "target": {"tag": "a", "classes": ["x", 1️⃣1]}}"#]),
            "trace.wrong-type", "'classes' item 2 must be a string"),
        .init(
            "a scope item without a tag",
            F.document(steps: [#"{"index": 1, "action": "scroll", "scope": [1️⃣{"id": "frame"}]}"#]),
            "trace.missing-member", "an element needs member 'tag'"),
        .init(
            "append as a string",
            F.document(steps: [
                #"{"index": 1, "action": "extract", "before": \#(F.pageJSON), "extraction": {"into": "q", "append": 1️⃣"yes", "value": []}}"#
            ]), "trace.wrong-type", "'append' must be true or false"),
        .init(
            "an extraction without a value",
            F.document(steps: [
                #"{"index": 1, "action": "extract", "before": \#(F.pageJSON), "extraction": 1️⃣{"into": "q", "append": true}}"#
            ]), "trace.missing-member", "an extraction needs member 'value'"),
        .init(
            "a recorded field without selectors",
            F.document(steps: [
                #"{"index": 1, "action": "extract", "before": \#(F.pageJSON), "extraction": {"into": "q", "append": true, "value": [], "fields": [1️⃣{"name": "a"}]}}"#
            ]), "trace.missing-member", "a read field needs member 'selectors'"),
        .init(
            "a recorded container selector that is not a string",
            F.document(steps: [
                #"{"index": 1, "action": "extract", "before": \#(F.pageJSON), "extraction": {"into": "q", "append": true, "value": [], "container": [1️⃣3]}}"#
            ]), "trace.wrong-type", "'container' item 1 must be a string"),
        .init(
            "a timing as a string",
            F.document(steps: [#"{"index": 1, "action": "scroll", "timing": {"startMs": 1️⃣"0", "durationMs": 1}}"#]),
            "trace.wrong-type", "'startMs' must be a number"),
        .init(
            "a timing as a number", F.document(steps: [#"{"index": 1, "action": "scroll", "timing": 1️⃣5}"#]),
            "trace.wrong-type", "'timing' must be an object"),
    ]

    @Test("each problem in the document is reported once, at its position", arguments: documentCases)
    func document(_ testCase: BadTraceCase) { testCase.check() }

    @Test("each problem in a step is reported once, at its position", arguments: stepCases)
    func step(_ testCase: BadTraceCase) { testCase.check() }

    @Test(
        "each problem in a page, element, extraction or timing is reported once, at its position",
        arguments: memberCases)
    func member(_ testCase: BadTraceCase) { testCase.check() }
}
