import WTDiagnostics

/// Pages with their snapshot files, extractions and timings.
extension TraceDecoder {
    mutating func decodePage(_ node: JSONNode, label: String) -> TracePage? {
        guard let object = object(node, TraceFormat.page, label: label) else { return nil }
        let url = string(object, "url")
        let title = string(object, "title")
        let snapshot = path(object, "snapshot")
        let response = path(object, "response")
        guard let url, let title else { return nil }
        return TracePage(url: url, title: title, snapshot: snapshot, response: response)
    }

    /// A file path relative to the trace folder; an absolute path or one with a `..` part is reported.
    private mutating func path(_ object: TraceObject, _ key: String) -> String? {
        guard let path = string(object, key), let node = object[key] else { return nil }
        guard TracePath.isSafe(path) else {
            report(TraceMessages.badPath(key, path), at: node.range, help: TraceMessages.badPathHelp)
            return nil
        }
        paths.append(TracePathReference(key: key, path: path, range: node.range))
        return path
    }

    mutating func decodeExtraction(_ node: JSONNode) -> TraceExtraction? {
        guard let object = object(node, TraceFormat.extraction, label: "'extraction'") else { return nil }
        let into = string(object, "into")
        let append = bool(object, "append")
        let value = json(object, "value")
        let container = strings(object, "container") ?? []
        let fields = list(object, "fields") { decoder, item, position in decoder.decodeReadField(item, position) } ?? []
        guard let into, let append, let value else { return nil }
        return TraceExtraction(into: into, append: append, value: value, container: container, fields: fields)
    }

    /// One `fields` item: a field's name and the selectors it was read with.
    mutating func decodeReadField(_ node: JSONNode, _ position: Int) -> TraceReadField? {
        guard let object = object(node, TraceFormat.readField, label: "'fields' item \(position)") else { return nil }
        let name = string(object, "name")
        let selectors = strings(object, "selectors")
        guard let name, let selectors else { return nil }
        return TraceReadField(name: name, selectors: selectors)
    }

    mutating func decodeTiming(_ node: JSONNode) -> TraceTiming? {
        guard let object = object(node, TraceFormat.timing, label: "'timing'") else { return nil }
        let start = number(object, "startMs")
        let duration = number(object, "durationMs")
        guard let start, let duration else { return nil }
        return TraceTiming(startMs: start, durationMs: duration)
    }
}
