import WTDiagnostics

/// Steps: their number, action, the members each action needs, and the pages and elements they hold.
extension TraceDecoder {
    /// Reads the step at 1-based `position`; its `index` must equal that position.
    mutating func decodeStep(_ node: JSONNode, position: Int) -> TraceStep? {
        guard let object = object(node, TraceFormat.step, label: "step \(position)") else { return nil }
        let index = int(object, "index")
        if let index, index != position, let indexNode = object["index"] {
            report(
                TraceMessages.stepIndex(index, expected: position), at: indexNode.range,
                help: TraceMessages.stepIndexHelp)
        }
        let action = decodeAction(object)
        if let action, let actionNode = object["action"] { checkRequirements(of: action, in: object, at: actionNode) }
        let selectBy = choice(object, "selectBy", TraceFormat.selectByValues)
        var step = TraceStep(index: index ?? position, action: action ?? .wait, selectBy: selectBy)
        step.value = string(object, "value")
        step.secret = string(object, "secret")
        step.target = nested(object, "target") { $0.decodeElement($1, label: "'target'") }
        step.scope = list(object, "scope") { $0.decodeElement($1, label: "'scope' item \($2)") } ?? []
        step.before = nested(object, "before") { $0.decodePage($1, label: "'before'") }
        step.after = nested(object, "after") { $0.decodePage($1, label: "'after'") }
        step.extraction = nested(object, "extraction") { $0.decodeExtraction($1) }
        step.error = string(object, "error")
        step.timing = nested(object, "timing") { $0.decodeTiming($1) }
        step.source = string(object, "source")
        return index == nil || action == nil ? nil : step
    }

    /// The action name, with a suggestion and the list of actions when it is not one.
    private mutating func decodeAction(_ object: TraceObject) -> TraceAction? {
        guard let name = string(object, "action"), let node = object["action"] else { return nil }
        guard let action = TraceAction(rawValue: name) else {
            let names = TraceAction.allCases.map(\.rawValue)
            let suggestion = Suggestion.closest(to: name, among: names)
            report(
                TraceMessages.unknownAction(name), at: node.range,
                help: TraceMessages.knownActions(suggestion: suggestion))
            return nil
        }
        return action
    }

    /// Reports each requirement of `action` that no present, non-null member meets, at the action's name.
    private mutating func checkRequirements(of action: TraceAction, in object: TraceObject, at node: JSONNode) {
        for alternatives in action.requiredMembers where !alternatives.contains(where: object.has) {
            report(TraceMessages.actionNeeds(action, alternatives), at: node.range)
        }
    }

    /// An element; `attributes` is an object of names to string values, kept in document order.
    mutating func decodeElement(_ node: JSONNode, label: String) -> TraceElement? {
        guard let object = object(node, TraceFormat.element, label: label) else { return nil }
        let tag = string(object, "tag")
        let element = decodeElementDetails(object, into: TraceElement(tag: tag ?? ""))
        return tag == nil ? nil : element
    }

    private mutating func decodeElementDetails(_ object: TraceObject, into start: TraceElement) -> TraceElement {
        var element = start
        element.ref = string(object, "ref")
        element.id = string(object, "id")
        element.classes = strings(object, "classes") ?? []
        element.role = string(object, "role")
        element.name = string(object, "name")
        element.label = string(object, "label")
        element.text = string(object, "text")
        element.attributes = attributes(object)
        element.selectors = strings(object, "selectors") ?? []
        element.xpath = string(object, "xpath")
        element.index = int(object, "index")
        return element
    }

    private mutating func attributes(_ object: TraceObject) -> [TraceElement.Attribute] {
        guard let node = object["attributes"], !node.isNull else { return [] }
        guard let members = node.objectMembers else {
            let expected = "an object of attribute names to values"
            report(TraceMessages.wrongType("'attributes'", expected, found: Self.describe(node)), at: node.range)
            return []
        }
        return members.compactMap { member in
            guard let value = member.value.stringValue else {
                let label = "attribute '\(member.key)'"
                report(
                    TraceMessages.wrongType(label, "a string", found: Self.describe(member.value)),
                    at: member.value.range)
                return nil
            }
            return TraceElement.Attribute(name: member.key, value: value)
        }
    }
}
