import WTTrace

/// Optimizer pass "lower to HTTP" (issue: "lower to mode http when every step can run without a browser
/// and the raw response bodies in the trace contain the extracted values"). A browser recording may say
/// `mode auto` when both hold for the steps the program keeps:
///
/// 1. every action is one plain HTTP can repeat (`HTTPCapability`), on an element the raw response of
///    the page before it already has (a script did not add it);
/// 2. every string and number an `extract` step recorded occurs in the raw response of the page it read
///    (`RawResponse.contains`: text search in the entity-decoded body, scripts' source left out) —
///    except values the program has without reading the page: the page's own address and the values of
///    the task's parameters (a loop's query copied into each record).
///
/// Otherwise the program keeps `mode browser`, with the first step that needs it. A trace without raw
/// responses (recorded before they were kept) stays in the browser. HTTP recordings are always `auto`.
struct LowerToHTTP {
    /// A response file's text by its path relative to the trace.
    let load: (String) -> String?
    /// Values that need not be in a page: the parameters' values and defaults, as `scalars` writes them.
    let given: Set<String>
    private var parsed: [String: RawResponse?] = [:]

    init(load: @escaping (String) -> String?, parameters: [TraceParameter] = []) {
        self.load = load
        given = Set(parameters.flatMap { [$0.value, $0.defaultValue].compactMap { $0 }.flatMap(Self.scalars) })
    }

    /// The decision for `trace`; its kept steps are found the way the pipeline finds them.
    static func decide(_ trace: Trace, responses: ((String) -> String?)?) -> ModeDecision {
        guard trace.recordedMode != "http" else { return .recordedOverHTTP }
        guard let responses else { return .noResponses }
        var ignored: [String] = []
        let steps = trace.steps.filter { $0.index <= CompilerPipeline.lastUsefulStep(trace) }
        var pass = LowerToHTTP(load: responses, parameters: trace.parameters)
        return pass.decide(Cleanup.run(steps, explain: &ignored))
    }

    /// The decision for the kept `steps` of a browser recording.
    mutating func decide(_ steps: [TraceStep]) -> ModeDecision {
        let pages = steps.flatMap { [$0.before, $0.after] }.compactMap { $0 }
        guard pages.contains(where: { $0.response != nil }) else { return .noResponses }
        for step in steps {
            if let why = blocker(step) {
                return .browser("step \(step.index) (\(step.action.rawValue)) needs a browser: \(why)")
            }
        }
        return .loweredToHTTP
    }

    /// Why `step` needs a browser, or nil.
    private mutating func blocker(_ step: TraceStep) -> String? {
        if let why = HTTPCapability.blocker(step) { return why }
        if let why = Self.navigatedByScript(step) { return why }
        guard step.action == .extract || step.target != nil else { return nil }
        guard let page = step.before else {
            return "the trace does not say which page it \(step.action == .extract ? "read" : "acted on")"
        }
        guard let raw = response(of: page) else { return "the trace holds no raw response of \(page.url)" }
        if let target = step.target {
            guard let node = raw.element(target) else {
                return
                    "\(HTTPCapability.describe(target)) is not in the raw response of \(page.url) (a script added it)"
            }
            let submits =
                (step.action == .click && HTTPCapability.isSubmitButton(target)) || step.action == .press
            if submits, !RawResponse.hasForm(node) {
                return
                    "\(HTTPCapability.describe(target)) is in no form, so only the page's scripts make it do anything"
            }
        }
        guard let value = step.extraction?.value else { return nil }
        let read = Self.scalars(value).filter { $0 != page.url && !given.contains($0) }
        if let missing = read.first(where: { !raw.contains($0) }) {
            return "\(Self.quoted(missing)) is not in the raw response of \(page.url) (a script produced it)"
        }
        return nil
    }

    /// A fill, select or check after which another document was loaded: a script on the page submitted
    /// or navigated (an `onchange` that posts the form back), which plain HTTP does not do.
    static func navigatedByScript(_ step: TraceStep) -> String? {
        guard [.fill, .select, .check, .uncheck].contains(step.action), let before = step.before,
            let after = step.after
        else { return nil }
        let loaded = after.url != before.url || (after.response != nil && after.response != before.response)
        return loaded ? "a script on the page loaded \(after.url) after it, which plain HTTP does not do" : nil
    }

    /// The page's raw response, parsed once per file.
    private mutating func response(of page: TracePage) -> RawResponse? {
        guard let path = page.response else { return nil }
        if let known = parsed[path] { return known }
        let raw = load(path).flatMap { RawResponse(html: $0, url: page.url) }
        parsed[path] = raw
        return raw
    }

    /// Every string, and every number as written in a page, in an extracted value.
    static func scalars(_ value: JSONValue) -> [String] {
        switch value {
        case .string(let text): [text]
        case .number(let number):
            [number == number.rounded() && abs(number) < 1e15 ? String(Int(number)) : String(number)]
        case .array(let items): items.flatMap(scalars)
        case .object(let members): members.flatMap { scalars($0.value) }
        case .null, .bool: []
        }
    }

    private static func quoted(_ text: String) -> String {
        let short = RawResponse.collapsed(text)
        return "\"" + (short.count > 60 ? String(short.prefix(57)) + "..." : short) + "\""
    }
}
