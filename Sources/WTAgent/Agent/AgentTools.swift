import WTDiagnostics
import WTTrace

/// The tools the model may call, with their JSON Schemas. Element arguments are refs from the latest
/// observation (`e12`); text arguments may name the task's parameters as `{name}`, which the agent types
/// for the model (a secret is only ever seen as its placeholder).
enum AgentTools {
    static let names = (all + repair).map(\.name)

    static let all: [ModelTool] = [
        tool("observe", "Show the page again in full (normally each action already answers with what changed).", "{}"),
        tool("look_closer", "Show every element inside one element, with nothing summarised.", #"{"ref": \#(ref)}"#),
        tool("read_text", "Read the visible text of the whole page.", "{}"),
        tool("screenshot", "See a picture of the visible part of the page, when the text view cannot settle it.", "{}"),
        tool("navigate", "Open a URL (absolute, or relative to the current page).", #"{"url": \#(string)}"#),
        tool("click", "Click an element.", #"{"ref": \#(ref)}"#),
        tool(
            "fill", "Type text into a field, replacing what it holds. {name} types the task parameter name.",
            #"{"ref": \#(ref), "text": \#(string)}"#),
        tool(
            "select", "Choose an option of a select box by its visible label.",
            #"{"ref": \#(ref), "option": \#(string)}"#),
        tool(
            "check", "Check (or with checked false, uncheck) a checkbox or radio button.",
            #"{"ref": \#(ref), "checked": {"type": "boolean"}}"#, required: ["ref"]),
        tool(
            "press", "Press a key (Enter, Tab, Escape, ArrowDown, …), in an element when a ref is given.",
            #"{"key": \#(string), "ref": \#(ref)}"#, required: ["key"]),
        tool("scroll", "Scroll one screen down, or to an element.", #"{"ref": \#(ref)}"#, required: []),
        tool("back", "Go back to the previous page.", "{}"),
        tool(
            "wait_for", "Wait until some text shows on the page (up to 10 s).", #"{"text": \#(string)}"#),
        tool(
            "extract",
            "Read values from the current page with CSS selectors and keep them as an output of the task. With "
                + "container, one record per element it matches, each field read inside it; without, one value "
                + "read with selector. kind: text (default), texts, number, int, url, urls, exists, count, attr, "
                + "attrs (attr/attrs need attribute). append adds the records to those kept before (pages of a "
                + "list); with one, the container's first element gives one record. within reads inside an "
                + "iframe, shadow host or region (a selector, or a list of them outermost first). The answer shows "
                + "the count, the first records and the fields that came out empty.",
            extractProperties, required: ["into"]),
        tool(
            "download", "Download the file a link or button gives and keep it as an output of the task (a file).",
            #"{"ref": \#(ref), "into": {"type": "string", "description": "the output name"}}"#),
        tool(
            "finish",
            "End the task. Without result, the result is what extract kept (one member per output); with result, "
                + "it must be made of those values.",
            #"{"result": {"type": "object"}}"#, required: []),
        tool("give_up", "Stop: the task cannot be done on this site; say why.", #"{"reason": \#(string)}"#),
    ]

    /// The tools of a repair, offered when the program's remaining steps can run on their own.
    static let repair: [ModelTool] = [
        tool(
            "replace_selector",
            "Change the program's remaining steps: every locator that reads old (a CSS selector, an XPath, or the "
                + "name in role/text/label locators, exactly as the program writes it) reads new instead.",
            #"{"old": \#(string), "new": \#(string)}"#),
        tool(
            "resume_program",
            "Hand the page back to the program: its remaining steps run from here. When they succeed the task is "
                + "done; when they fail you get their error and can mend more or do the rest yourself.",
            "{}"),
    ]

    private static let ref = #"{"type": "string", "description": "an element ref from the page, e.g. e12"}"#
    private static let string = #"{"type": "string"}"#
    private static let field =
        #"{"type": "object", "properties": {"selector": {"type": "string"}, "kind": {"type": "string"}, "#
        + #""attribute": {"type": "string"}}, "required": ["selector"]}"#
    private static let extractProperties =
        #"{"into": {"type": "string", "description": "the output name"}, "append": {"type": "boolean"}, "#
        + #""container": {"type": "string"}, "one": {"type": "boolean"}, "#
        + #""within": {"anyOf": [{"type": "string"}, {"type": "array", "items": {"type": "string"}}]}, "#
        + #""fields": {"type": "object", "additionalProperties": \#(field)}, "#
        + #""selector": {"type": "string"}, "kind": {"type": "string"}, "attribute": {"type": "string"}}"#

    /// A tool whose input object has `properties` (JSON text), all required unless said.
    private static func tool(_ name: String, _ description: String, _ properties: String, required: [String]? = nil)
        -> ModelTool
    {
        let props = parse(properties)
        let names = required ?? (props.objectKeys)
        let schema = JSONValue.object([
            .init("type", .string("object")), .init("properties", props),
            .init("required", .array(names.map(JSONValue.string))),
        ])
        return ModelTool(name: name, description: description, inputSchema: schema)
    }

    private static func parse(_ text: String) -> JSONValue {
        // The schemas are constants written above; a typo in one is a programming error caught by the tests
        // (every tool's schema is parsed there), so an empty object is an acceptable stand-in here.
        (try? PositionedJSON.parse(Array(text.utf8))).map(JSONValue.init) ?? .object([])
    }
}

extension JSONValue {
    /// An object's keys, in order; empty for anything else.
    var objectKeys: [String] {
        guard case .object(let members) = self else { return [] }
        return members.map(\.key)
    }
}
