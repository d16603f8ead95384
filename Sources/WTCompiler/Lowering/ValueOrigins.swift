import WTTrace

/// Value origins, the stage between `Cleanup` and the `Lowerer`: for every value the kept steps type,
/// choose or open, where it came from — a parameter, an earlier read (whole or a regex part of it), text
/// around those, the page's own option, or nothing the run saw (then a new parameter). The lowering
/// writes each value as its origin says, so a later run types what its own page shows.
struct ValueOrigins: Sendable {
    /// By step index: the origin of the value the step typed, chose or opened.
    private(set) var byStep: [Int: ValueOrigin] = [:]
    /// The parameters unexplained values become, in order of first use, their recorded value the default.
    private(set) var parameters: [TraceParameter] = []

    /// A regex part of a read that an address uses, bound before the step: `let order_number = order then
    /// match "#([0-9]+)"`.
    struct Derived: Sendable, Hashable {
        var name: String
        var path: String
        var pattern: String
    }

    /// By step index: the parts of reads the step's address uses, to bind before it.
    private(set) var derived: [Int: [Derived]] = [:]

    /// A value the program holds after a read: the path that names it and its text.
    struct Held: Sendable, Hashable {
        var path: String
        var text: String
        /// Only text can be typed as it is; a number or bool is written into a template (`"{count}"`).
        var isString: Bool
        /// Typed by the run rather than read (a new parameter): typed text turns up in addresses as the
        /// form's doing, so an `open` is not bound to it.
        var typed = false
    }

    /// - Parameters:
    ///   - steps: the kept steps, in order.
    ///   - taken: names a new parameter must not have (outputs, variables, loop variables).
    ///   - shown: whether the page before a step shows a text (to tell a value read by eye from one given).
    static func analyze(
        _ steps: [TraceStep], parameters: [TraceParameter], taken: Set<String>,
        shown: (TracePage?, String) -> Bool = { _, _ in false }
    ) -> ValueOrigins {
        var out = ValueOrigins()
        let binder = ParameterBinder(parameters)
        var namer = ParameterNamer(taken: taken.union(parameters.map(\.name)))
        // A list parameter's values are typed by the loop over it: the lowering binds them to its variable.
        let looped = Set(
            parameters.flatMap { p -> [String] in
                guard case .array(let items)? = p.value else { return [] }
                return items.compactMap(ParameterBinder.text)
            })
        var held: [Held] = []  // most recent first
        for step in steps {
            switch step.action {
            case .extract:
                guard let extraction = step.extraction else { continue }
                held.removeAll { $0.path == extraction.into || $0.path.hasPrefix(extraction.into + ".") }
                if !extraction.append { held.insert(contentsOf: Self.held(extraction), at: 0) }
            case .fill, .select:
                guard step.secret == nil, let value = step.value, !looped.contains(value) else { continue }
                out.byStep[step.index] = out.typed(
                    step, value, binder: binder, held: &held, namer: &namer, shown: shown)
            case .open:
                guard let value = step.value else { continue }
                out.byStep[step.index] = out.address(value, step.index, binder: binder, held: held, namer: &namer)
            default:
                continue
            }
        }
        return out
    }

    /// The origin of a typed or chosen value; an unexplained one becomes a parameter, held from then on.
    private mutating func typed(
        _ step: TraceStep, _ value: String, binder: ParameterBinder, held: inout [Held], namer: inout ParameterNamer,
        shown: (TracePage?, String) -> Bool
    ) -> ValueOrigin {
        let origin = Self.origin(value, binder: binder, held: held)
        // A parameter this stage made is still a parameter when its value comes back.
        if case .read(let path)? = origin, byStep.values.contains(.unexplained(path)) { return .unexplained(path) }
        if let origin { return origin }
        // An option the page also names outside its list (`Choose green`) was read off the page.
        let onPage = shown(step.before, value)
        if step.action == .select && !onPage { return .pageLiteral }
        let name = parameter(for: value, step.target, namer: &namer)
        // Read or given, the program holds the value under that name from here on.
        held.insert(Held(path: name, text: value, isString: true, typed: true), at: 0)
        return onPage ? .shownOnPage(name) : .unexplained(name)
    }

    /// What a read leaves the program holding: a scalar under its name, a record's scalars by field.
    static func held(_ extraction: TraceExtraction) -> [Held] {
        switch extraction.value {
        case .object(let members):
            return members.compactMap { m in
                scalar(m.value).map { Held(path: extraction.into + "." + m.key, text: $0.text, isString: $0.isString) }
            }
        default:
            return scalar(extraction.value).map { [Held(path: extraction.into, text: $0.text, isString: $0.isString)] }
                ?? []
        }
    }

    private static func scalar(_ value: JSONValue) -> (text: String, isString: Bool)? {
        if case .string(let s) = value { return s.isEmpty ? nil : (s, true) }
        return ParameterBinder.text(value).map { ($0, false) }
    }

    /// A typed or chosen value's origin, or nil when nothing the run had explains it.
    static func origin(_ value: String, binder: ParameterBinder, held: [Held]) -> ValueOrigin? {
        if value.isEmpty { return .literal }
        if let name = binder.parameter(for: value) { return .parameter(name) }
        if let read = held.first(where: { $0.text == value }) {
            return read.isString ? .read(read.path) : .interpolated([.reference(read.path)])
        }
        for read in held where read.isString && read.text.count >= 2 {
            if read.text.lowercased() == value { return .recased(read.path, transform: .lower) }
            if read.text.uppercased() == value { return .recased(read.path, transform: .upper) }
        }
        let known =
            binder.known.filter { $0.type != "secret" }.map { (path: $0.name, text: $0.text) }
            + held.map { (path: $0.path, text: $0.text) }
        if let parts = Self.template(value, known: known) {
            return .interpolated(parts)
        }
        for read in held where read.isString {
            if let pattern = RegexPart.pattern(for: value, in: read.text) {
                return .readPart(read.path, pattern: pattern)
            }
        }
        return nil
    }

    /// `value` as literal text around known values that occur in it as whole tokens (longest first), or
    /// nil when none does. Values shorter than three characters are too likely to occur by chance.
    static func template(_ value: String, known: [(path: String, text: String)]) -> [TemplatePart]? {
        var parts: [TemplatePart] = [.text(value)]
        var bound = false
        for (path, text) in known.sorted(by: { $0.text.count > $1.text.count }) where text.count >= 3 {
            parts = parts.flatMap { part -> [TemplatePart] in
                guard case .text(let t) = part, let range = RegexPart.tokenRange(of: text, in: t) else { return [part] }
                bound = true
                let before = String(t[..<range.lowerBound])
                let after = String(t[range.upperBound...])
                return (before.isEmpty ? [] : [.text(before)]) + [.reference(path)]
                    + (after.isEmpty ? [] : [.text(after)])
            }
        }
        return bound ? parts : nil
    }

    /// An address: a parameter or read whole, or the parameter binder's template with path and query
    /// pieces bound to reads: equal to one, or (with a digit, as ids have) a regex part of one, taken by a
    /// `let` before the step. Nil when nothing in it is bound (the lowering's own template).
    private mutating func address(
        _ url: String, _ index: Int, binder: ParameterBinder, held: [Held], namer: inout ParameterNamer
    ) -> ValueOrigin? {
        if let name = binder.parameter(for: url) { return .parameter(name) }
        if let read = held.first(where: { $0.isString && !$0.typed && $0.text == url }) { return .read(read.path) }
        let strings = held.filter { $0.isString && !$0.typed && $0.text.count >= 2 }
        guard !strings.isEmpty else { return nil }
        var changed = false
        var lets: [Derived] = []
        let parts = binder.url(url).flatMap { part -> [TemplatePart] in
            guard case .text(let text) = part else { return [part] }
            return URLPieces.split(text).map { piece in
                let decoded = piece.removingPercentEncoding ?? piece
                if let read = strings.first(where: { $0.text == decoded }) {
                    changed = true
                    return .reference(read.path)
                }
                guard decoded.count >= 3, decoded.contains(where: \.isNumber) else { return .text(piece) }
                for read in strings {
                    guard let pattern = RegexPart.pattern(for: decoded, in: read.text) else { continue }
                    let name = namer.name(derivedFrom: read.path)
                    lets.append(Derived(name: name, path: read.path, pattern: pattern))
                    changed = true
                    return .reference(name)
                }
                return .text(piece)
            }
        }
        guard changed else { return nil }
        if !lets.isEmpty { derived[index] = lets }
        return .interpolated(ParameterBinder.merge(parts))
    }

    /// The new parameter for an unexplained value (the same one for the same value typed again).
    private mutating func parameter(for value: String, _ target: TraceElement?, namer: inout ParameterNamer)
        -> String
    {
        if let known = parameters.first(where: { $0.value == .string(value) }) { return known.name }
        let name = namer.name(for: target)
        parameters.append(TraceParameter(name: name, type: "string", value: .string(value), defaultValue: nil))
        return name
    }

    /// Names a new parameter must not take: outputs, variables read into, and the loop variables lowering
    /// may name after list parameters.
    static func taken(_ trace: Trace) -> Set<String> {
        let read = trace.steps.compactMap { $0.extraction?.into }
        let lists = read + trace.parameters.filter { $0.type.hasPrefix("[") }.map(\.name)
        return Set(trace.outputs.map(\.name) + read + lists.map(Lowerer.singular))
            .union(["link", "page", "page_number", "file"])
    }
}
