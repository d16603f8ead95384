import WTTrace

/// Which recorded actions plain HTTP can repeat, as `HTTPDriver` implements them: `open` and `back`;
/// a click on a link, a submit button, a checkbox or a radio button; `fill` on an input or a text area;
/// `select` on a `<select>`; check and uncheck; a download of a link; Enter in a form's field. Other key
/// presses, a scroll and a wait are left to a browser: they mean something only in a page that runs
/// scripts.
enum HTTPCapability {
    /// Why the step needs a browser, or nil when plain HTTP can do it.
    static func blocker(_ step: TraceStep) -> String? {
        if let frame = step.scope.first(where: { ["iframe", "frame"].contains($0.tag.lowercased()) }) {
            return "it acts inside an <\(frame.tag)>, which plain HTTP does not load"
        }
        switch step.action {
        case .open, .back, .extract: return nil
        case .press:
            // Enter in a form's field submits the form, which plain HTTP does (if the field has a form:
            // `LowerToHTTP` checks the raw response); other keys mean something only to scripts.
            guard step.value == "Enter", let target = step.target, isFormField(target) else {
                return "a key press may run the page's scripts, which plain HTTP does not"
            }
            return nil
        case .scroll: return "scrolling changes only a page that runs scripts"
        case .wait: return "the run waited for the page to change by itself"
        case .click, .fill, .select, .check, .uncheck, .download:
            guard let target = step.target else { return "the trace does not describe the element it acted on" }
            return acts(step.action, on: target) ? nil : "\(describe(target)) is not \(expected(step.action))"
        }
    }

    /// Whether `HTTPDriver` can do `action` on `element`.
    private static func acts(_ action: TraceAction, on element: TraceElement) -> Bool {
        let tag = element.tag.lowercased()
        let type = element.attribute("type")?.lowercased()
        let toggle = tag == "input" && (type == "checkbox" || type == "radio")
        switch action {
        case .click:
            let link = (tag == "a" || tag == "area") && element.attribute("href") != nil
            return link || isSubmitButton(element) || toggle
        case .fill: return tag == "input" || tag == "textarea"
        case .select: return tag == "select"
        case .check, .uncheck: return toggle
        case .download: return element.attribute("href") != nil || element.attribute("src") != nil
        default: return false
        }
    }

    /// A field where Enter submits the form: a text-like `<input>` (not a button, box or file).
    static func isFormField(_ element: TraceElement) -> Bool {
        guard element.tag.lowercased() == "input" else { return false }
        let type = element.attribute("type")?.lowercased() ?? "text"
        return !["button", "checkbox", "radio", "file", "hidden", "reset", "image", "submit", "range", "color"]
            .contains(type)
    }

    /// A button that submits its form when clicked (`<button>` is one unless its type says otherwise).
    static func isSubmitButton(_ element: TraceElement) -> Bool {
        let tag = element.tag.lowercased()
        let type = element.attribute("type")?.lowercased()
        return (tag == "button" && (type == nil || type == "submit"))
            || (tag == "input" && (type == "submit" || type == "image"))
    }

    private static func expected(_ action: TraceAction) -> String {
        switch action {
        case .click: "a link, a submit button, a checkbox or a radio button"
        case .fill: "an input or a text area"
        case .select: "a <select>"
        case .check, .uncheck: "a checkbox or a radio button"
        default: "a link to a file"
        }
    }

    /// `<a href="/next">`, `<button type="button">`: the tag and what decided.
    static func describe(_ element: TraceElement) -> String {
        let shown = ["type", "href"].compactMap { name in element.attribute(name).map { " \(name)=\"\($0)\"" } }
        return "<\(element.tag)\(shown.joined())>"
    }
}
