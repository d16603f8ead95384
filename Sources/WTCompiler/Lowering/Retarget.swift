import WTExtract
import WTTrace

/// Clicks that landed on something inside a link or a button — an agent clicks the text it sees, a
/// `<span>` in an `<a>` — are the link's or button's clicks: the browser dispatches them there, and the
/// program should name what was meant. So the step is made a click on that element, described from the
/// page before it; its locators are then chosen for the link (`role link "Next"`), plain HTTP can follow
/// it, and the replay checks the link.
enum Retarget {
    /// Roles whose elements take a click as a whole.
    static let clickableRoles: Set<String> = [
        "link", "button", "tab", "menuitem", "menuitemcheckbox", "menuitemradio", "checkbox", "radio", "switch",
        "option", "treeitem",
    ]
    /// Tags that are themselves what a click is for (a label clicks its control: it stays).
    static let clickableTags: Set<String> = [
        "a", "area", "button", "input", "select", "textarea", "summary", "option", "label",
    ]
    /// How far up the clicked element the link or button may be.
    static let maximumDepth = 4

    static func run(_ trace: Trace, store: SnapshotStore, explain: inout [String]) -> Trace {
        var out = trace
        for (k, step) in trace.steps.enumerated() where step.action == .click {
            if let toggled = labelClick(step, store: store) {
                out.steps[k] = toggled
                explain.append(
                    "step \(step.index) clicked the label of a <input type=\"\(toggled.target?.attribute("type") ?? "")\">"
                        + ": it \(toggled.action.rawValue)s that control (its state after the click)")
                continue
            }
            guard let target = step.target, !clickableTags.contains(target.tag.lowercased()),
                !(target.role.map(clickableRoles.contains) ?? false),
                let document = store.document(step.before), let node = SnapshotStore.node(target, in: document),
                let clicked = clickableAncestor(of: node)
            else { continue }
            out.steps[k].target = describe(clicked)
            // A scroll to the same element just before is the scroll to what was clicked (and then dropped
            // as the click's own, by `Cleanup`).
            if k > 0, trace.steps[k - 1].action == .scroll, trace.steps[k - 1].target?.xpath == target.xpath {
                out.steps[k - 1].target = out.steps[k].target
            }
            explain.append(
                "step \(step.index) clicked a <\(target.tag)> inside \(clicked.tagName.map { "<\($0)>" } ?? "an element")"
                    + " \"\(clicked.accessibleName ?? "")\": the click is that element's")
        }
        return out
    }

    /// A click on a checkbox's or radio button's label (or on something in the label) as what it did to
    /// the control: `check` when the page after shows it checked, else `uncheck`. Nil for other clicks.
    static func labelClick(_ step: TraceStep, store: SnapshotStore) -> TraceStep? {
        guard let target = step.target, let document = store.document(step.before),
            let node = SnapshotStore.node(target, in: document), let label = enclosingLabel(node),
            let control = control(of: label, in: document),
            ["checkbox", "radio"].contains(control.attribute("type")?.lowercased() ?? ""),
            let after = store.document(step.after),
            let shown = SnapshotStore.node(describe(control), in: after)
        else { return nil }
        var out = step
        out.action = shown.attribute("checked") != nil ? .check : .uncheck
        out.target = describe(control)
        return out
    }

    /// The `<label>` that is `node` or holds it, a few levels up.
    static func enclosingLabel(_ node: Node) -> Node? {
        var current: Node? = node
        for _ in 0...maximumDepth {
            guard let element = current, element.tagName != "body" else { return nil }
            if element.tagName == "label" { return element }
            current = element.parent
        }
        return nil
    }

    /// What a label labels: the element its `for` names, else the first form control inside it.
    static func control(of label: Node, in document: HTMLDocument) -> Node? {
        if let id = label.attribute("for"), !id.isEmpty {
            return (try? document.select(.xpath("//*[@id=\(SemanticXPath.literal(id))]")))?.first
        }
        return (try? document.select(.css("input, select, textarea"), in: label))?.first
    }

    /// The nearest ancestor, a few levels up, that takes the click as a whole.
    static func clickableAncestor(of node: Node) -> Node? {
        var current = node.parent
        for _ in 0..<maximumDepth {
            guard let element = current, let tag = element.tagName, tag != "body" else { return nil }
            let linked = (tag == "a" || tag == "area") ? element.attribute("href") != nil : true
            if (clickableTags.contains(tag) && tag != "label" && linked)
                || (element.attribute("role").map { clickableRoles.contains($0) } ?? false)
            {
                return element
            }
            current = element.parent
        }
        return nil
    }

    /// The element as a trace describes what was acted on.
    static func describe(_ node: Node) -> TraceElement {
        let text = node.text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        return TraceElement(
            tag: node.tagName ?? "", id: node.attribute("id"), classes: node.classes, role: node.role,
            name: node.accessibleName, text: text.isEmpty ? nil : text,
            attributes: node.attributes.map { TraceElement.Attribute(name: $0.name, value: $0.value) },
            xpath: node.absoluteXPath)
    }
}
