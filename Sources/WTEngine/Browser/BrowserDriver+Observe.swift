import CDP
import Foundation
import WTRuntime

/// The agent's view of the page (`PageObserving`). The page script gives each context's lines
/// (`PageScript.observe`); a cross-origin frame is a slot this side fills from the frame's own world, its
/// refs prefixed (`fa3`) so they stay unique. Deltas, masking and the token cap are done here, on lines.
extension BrowserDriver: PageObserving {
    /// One context's view: the document it shows and its lines, frames filled in.
    struct PageView {
        var url: String
        var title: String
        var document: String
        var lines: [ViewLine]
    }

    func observe(since: Int?, maxTokens: Int, masked: [String]) async throws(StepError) -> PageObservation {
        let page = try await topView(ref: nil)
        let lines = ViewCap.fit(page.lines.map { $0.masking(masked) }, maxTokens: maxTokens)
        let previous = since.flatMap { observations.view($0) }
        let sequence = observations.record(ObservationLog.View(document: page.document, lines: lines))
        let url = Self.mask(page.url, masked)
        let title = Self.mask(page.title, masked)
        guard let previous, previous.document == page.document else {
            return PageObservation(sequence: sequence, url: url, title: title, text: lines.rendered, isDelta: false)
        }
        let delta = ViewDelta.between(previous.lines, lines)
        let shown = ViewCap.fit(ViewDelta.text(changed: delta.changed, removed: delta.removed), maxTokens: maxTokens)
        return PageObservation(sequence: sequence, url: url, title: title, text: shown.rendered, isDelta: true)
    }

    func lookCloser(at ref: String, maxTokens: Int, masked: [String]) async throws(StepError) -> PageObservation {
        guard let split = ObservationLog.split(ref) else { throw ObserveMessage.notARef(ref) }
        let page: PageView
        if let prefix = split.prefix {
            guard let frame = observations.frames[prefix],
                let found = try? await view(ref: split.local, full: true, in: frame.context, prefix: prefix, depth: 1)
            else { throw ObserveMessage.stale(ref) }
            page = found
        } else {
            page = try await topView(ref: ref)
        }
        let lines = ViewCap.fit(page.lines.map { $0.masking(masked) }, maxTokens: maxTokens)
        return PageObservation(
            sequence: observations.sequence, url: Self.mask(page.url, masked), title: Self.mask(page.title, masked),
            text: lines.rendered, isDelta: false)
    }

    func pageText(maxTokens: Int, masked: [String]) async throws(StepError) -> String {
        try await settled(
            until: ContinuousClock.now.advanced(by: session.defaultTimeout), timeout: session.defaultTimeout)
        let text = Self.mask(try await text(in: top, depth: 0), masked)
        return Self.cap(text, maxTokens: maxTokens)
    }

    func locate(ref: String) async throws(StepError) -> (locator: ResolvedLocator, scope: [ResolvedLocator]) {
        guard let split = ObservationLog.split(ref) else { throw ObserveMessage.notARef(ref) }
        var outer: [ResolvedLocator] = []
        var context = top
        if let prefix = split.prefix {
            guard let frame = observations.frames[prefix] else { throw ObserveMessage.stale(ref) }
            let holder = try await locate(ref: frame.holderRef)
            outer = holder.scope + [holder.locator]
            context = frame.context
        }
        let script =
            "window.__wtc ? window.__wtc.locate(\(LocatorSpec.source(.string(split.local)))) : {error: 'stale'}"
        guard let answer = try? await evaluate(script, in: context), let path = answer["path"]?.stringValue else {
            throw ObserveMessage.stale(ref)
        }
        let scope = (answer["scope"]?.arrayValue ?? []).compactMap(\.stringValue)
        return (ResolvedLocator(choices: [.css(path)]), outer + scope.map { ResolvedLocator(choices: [.css($0)]) })
    }

    /// The top document's view (or one ref's subtree in full), waiting while the page is between documents.
    private func topView(ref: String?) async throws(StepError) -> PageView {
        let timeout = session.defaultTimeout
        let deadline = ContinuousClock.now.advanced(by: timeout)
        while true {
            try await settled(until: deadline, timeout: timeout)
            if let page = try await view(ref: ref, full: ref != nil, in: top, prefix: nil, depth: 0) { return page }
            guard ContinuousClock.now < deadline else { throw ObserveMessage.keptReplacing(Self.format(timeout)) }
            try? await Task.sleep(for: poll)
        }
    }

    /// The view of one context, nil when its document was being replaced. A stale `ref` fails.
    private func view(ref: String?, full: Bool, in context: FrameContext, prefix: String?, depth: Int)
        async throws(StepError) -> PageView?
    {
        let argument = ref.map { LocatorSpec.source(.string($0)) } ?? "null"
        guard
            let answer = try await evaluateUnlessReplaced(
                "window.__wtc ? window.__wtc.view(\(argument), \(full)) : null", in: context)
        else { return nil }
        if answer["error"]?.stringValue == "stale" {
            throw ObserveMessage.stale(ref.map { Self.prefixed($0, prefix) } ?? "")
        }
        guard let items = answer["lines"]?.arrayValue else {
            if answer == .null, navigations.loading == nil { throw ObserveMessage.noScript }
            return nil
        }
        var lines: [ViewLine] = []
        for item in items {
            let (more, frameTitle) = await viewLines(item, full: full, in: context, prefix: prefix, depth: depth)
            // A cross-origin frame's element cannot tell its document's title; the frame's own view can.
            if let frameTitle, !frameTitle.isEmpty, let last = lines.indices.last, lines[last].text == "frame" {
                lines[last].text += " " + Self.quoted(frameTitle)
            }
            lines += more
        }
        return PageView(
            url: answer["url"]?.stringValue ?? "", title: answer["title"]?.stringValue ?? "",
            document: answer["doc"]?.stringValue ?? "", lines: lines)
    }

    /// One line of the page script's answer as view lines: itself, or the lines of the frame in a slot.
    private func viewLines(_ item: JSON, full: Bool, in context: FrameContext, prefix: String?, depth: Int) async
        -> (lines: [ViewLine], frameTitle: String?)
    {
        let level = item["d"]?.intValue ?? 0
        if let slot = item["slot"]?.intValue {
            guard depth < Self.frameDepthLimit,
                let frame = await frameContext(heldBy: "window.__wtcViewSlots[\(slot)]", in: context)
            else { return ([], nil) }
            let holder = Self.prefixed(item["frame"]?.stringValue ?? "", prefix)
            let inner = observations.prefix(frameID: frame.frameID ?? holder, context: frame, holderRef: holder)
            let page = try? await view(ref: nil, full: full, in: frame, prefix: inner, depth: depth + 1)
            let lines = (page?.lines ?? []).map { line in
                var line = line
                line.depth += level
                return line
            }
            return (lines, page?.title)
        }
        if let like = item["like"]?.stringValue {
            let ref = Self.prefixed(like, prefix)
            let count = item["n"]?.intValue ?? 0
            return ([ViewLine(depth: level, summary: "… \(count) more like [\(ref)]", key: "more:\(ref)")], nil)
        }
        guard let ref = item["r"]?.stringValue, let text = item["t"]?.stringValue else { return ([], nil) }
        return ([ViewLine(depth: level, ref: Self.prefixed(ref, prefix), text: text)], nil)
    }

    /// `e12` as the view names it: unchanged in the top document, `fa12` in the frame prefixed `fa`.
    static func prefixed(_ ref: String, _ prefix: String?) -> String {
        guard let prefix else { return ref }
        return prefix + ref.dropFirst()
    }

    /// A name as the page script quotes it: in double quotes, quotes and backslashes escaped, ~80 characters.
    static func quoted(_ name: String) -> String {
        let words = name.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        let short = words.count > 80 ? String(words.prefix(79)) + "…" : words
        return "\"" + short.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
            + "\""
    }

    static func mask(_ text: String, _ masked: [String]) -> String {
        masked.filter { !$0.isEmpty }.reduce(text) { $0.replacingOccurrences(of: $1, with: ViewLine.dots) }
    }
}
