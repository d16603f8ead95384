/// Each model type as a JSON object, members in model order and named as `TraceFormat` lists them.
/// Optional members that are nil and empty optional lists are left out; `TraceReader` reads them back the same.
extension Trace {
    var jsonOutput: JSONOutput {
        var object = JSONObjectBuilder()
        object.add("version", .int(version))
        object.add("task", task)
        object.add("name", name)
        object.add("startUrl", startURL)
        object.add("recordedMode", recordedMode)
        object.add("parameters", list: parameters.map(\.jsonOutput), always: true)
        object.add("outputs", list: outputs.map(\.jsonOutput), always: true)
        object.add("steps", list: steps.map(\.jsonOutput), always: true)
        object.add("outcome", outcome.jsonOutput)
        object.add("result", result)
        return object.output
    }
}

extension TraceParameter {
    var jsonOutput: JSONOutput {
        var object = JSONObjectBuilder()
        object.add("name", name)
        object.add("type", type)
        object.add("value", value)
        object.add("default", defaultValue)
        return object.output
    }
}

extension TraceOutput {
    var jsonOutput: JSONOutput { .object([("name", .string(name)), ("type", .string(type))]) }
}

extension TraceOutcome {
    var jsonOutput: JSONOutput {
        var object = JSONObjectBuilder()
        object.add("status", status.rawValue)
        object.add("message", message)
        object.add("failedStep", failedStep)
        return object.output
    }
}

extension TraceStep {
    var jsonOutput: JSONOutput {
        var object = JSONObjectBuilder()
        object.add("index", .int(index))
        object.add("action", action.rawValue)
        object.add("value", value)
        object.add("secret", secret)
        object.add("selectBy", selectBy)
        object.add("target", target?.jsonOutput)
        object.add("scope", list: scope.map(\.jsonOutput))
        object.add("before", before?.jsonOutput)
        object.add("after", after?.jsonOutput)
        object.add("extraction", extraction?.jsonOutput)
        object.add("error", error)
        object.add("timing", timing?.jsonOutput)
        object.add("source", source)
        return object.output
    }
}

extension TraceElement {
    var jsonOutput: JSONOutput {
        var object = JSONObjectBuilder()
        object.add("ref", ref)
        object.add("tag", tag)
        object.add("id", id)
        object.add("classes", list: classes.map(JSONOutput.string))
        object.add("role", role)
        object.add("name", name)
        object.add("label", label)
        object.add("text", text)
        if !attributes.isEmpty { object.add("attributes", .object(attributes.map { ($0.name, .string($0.value)) })) }
        object.add("selectors", list: selectors.map(JSONOutput.string))
        object.add("xpath", xpath)
        object.add("index", index)
        return object.output
    }
}

extension TracePage {
    var jsonOutput: JSONOutput {
        var object = JSONObjectBuilder()
        object.add("url", url)
        object.add("title", title)
        object.add("snapshot", snapshot)
        object.add("response", response)
        return object.output
    }
}

extension TraceExtraction {
    var jsonOutput: JSONOutput {
        var object = JSONObjectBuilder()
        object.add("into", into)
        object.add("append", JSONOutput.bool(append))
        object.add("value", value)
        object.add("container", list: container.map(JSONOutput.string))
        object.add("fields", list: fields.map(\.jsonOutput))
        return object.output
    }
}

extension TraceReadField {
    var jsonOutput: JSONOutput {
        .object([("name", .string(name)), ("selectors", .array(selectors.map(JSONOutput.string)))])
    }
}

extension TraceTiming {
    var jsonOutput: JSONOutput { .object([("startMs", .number(startMs)), ("durationMs", .number(durationMs))]) }
}
