import WTRuntime
import WTTrace

/// The values the agent's `extract` calls kept, in order, and which trace step recorded each. An
/// extraction into the same output before any action since is a correction: it replaces the previous one
/// (and its trace step), so the program is compiled from the selectors the model settled on.
struct ExtractionLog: Sendable {
    struct Entry: Sendable {
        var into: String
        var append: Bool
        var value: Value
        /// The 0-based index of its step in the trace; nil for values a repaired program's prefix read.
        var step: Int?
        /// The output's `.wt` type, with record fields required and with them optional.
        var type: (required: String, optionalFields: String)

        init(request: ExtractRequest, value: Value, step: Int) {
            into = request.into
            append = request.append
            self.value = value
            self.step = step
            type = (request.typeText(optionalFields: false), request.typeText(optionalFields: true))
        }

        /// A file the `download` tool kept, recorded as trace step `step`.
        init(download into: String, file: FileRef, step: Int) {
            self.into = into
            append = false
            value = .file(file)
            self.step = step
            type = ("file", "file")
        }

        /// A value the program read before the agent took over (a repair's prefix).
        init(output name: String, value: Value, type: String) {
            into = name
            append = false
            self.value = value
            self.step = nil
            self.type = (type, type)
        }
    }

    private(set) var entries: [Entry] = []
    /// Entries recorded since the last action, by output name: the ones a new extraction may replace.
    private var sinceAction: [String: Int] = [:]

    var isEmpty: Bool { entries.isEmpty }

    /// Values read before the agent took over, kept as they are.
    mutating func seed(_ entry: Entry) { entries.append(entry) }

    /// The entry a new extraction into `into` replaces, if any.
    func replaceable(_ into: String) -> Entry? { sinceAction[into].map { entries[$0] } }

    mutating func actionHappened() { sinceAction = [:] }

    /// Keeps `entry` (its step counted after the replaced one's step was removed from the trace), dropping
    /// the entry it replaces; the steps of entries after that one move down by one.
    mutating func keep(_ entry: Entry) {
        if let old = sinceAction[entry.into] {
            if let dropped = entries.remove(at: old).step {
                for i in entries.indices { if let s = entries[i].step, s > dropped { entries[i].step = s - 1 } }
            }
            sinceAction = sinceAction.mapValues { $0 > old ? $0 - 1 : $0 }
        }
        entries.append(entry)
        if entry.step != nil { sinceAction[entry.into] = entries.count - 1 }
    }

    /// Each output's value: the last assignment, with appends after it added.
    var outputs: [(name: String, value: Value)] {
        var order: [String] = []
        var values: [String: Value] = [:]
        for entry in entries {
            let name = entry.into
            if values[name] == nil { order.append(name) }
            if entry.append, case .list(let old)? = values[name], case .list(let new) = entry.value {
                values[name] = .list(old + new)
            } else {
                values[name] = entry.value
            }
        }
        return order.map { ($0, values[$0] ?? .null) }
    }

    /// The outputs the model's own extractions set (not values a repaired program's prefix read).
    var ownOutputs: [String: Value] {
        let own = Set(entries.filter { $0.step != nil }.map(\.into))
        return Dictionary(uniqueKeysWithValues: outputs.filter { own.contains($0.name) }.map { ($0.name, $0.value) })
    }

    /// The trace's output declarations: each output's type as its (last) extraction reads it, record fields
    /// optional only when some record lacks them.
    var declarations: [TraceOutput] {
        outputs.compactMap { output in
            guard let last = entries.last(where: { $0.into == output.name }) else { return nil }
            let optional = Self.hasEmptyField(output.value)
            return TraceOutput(name: output.name, type: optional ? last.type.optionalFields : last.type.required)
        }
    }

    private static func hasEmptyField(_ value: Value) -> Bool {
        let records: [Value]
        switch value {
        case .list(let list): records = list
        case .record: records = [value]
        default: return false
        }
        return records.contains { record in
            guard case .record(let fields) = record else { return false }
            return fields.contains { $0.value == .null }
        }
    }
}
