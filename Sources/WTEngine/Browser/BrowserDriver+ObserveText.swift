import CDP
import WTRuntime

/// The page's visible text for the agent (`PageObserving.pageText`), cross-origin frames filled in from
/// their own worlds where the page script left a slot.
extension BrowserDriver {
    /// The visible text of `context`'s document with its frames' text in place.
    func text(in context: FrameContext, depth: Int) async throws(StepError) -> String {
        guard
            let answer = try await evaluateUnlessReplaced("window.__wtc ? window.__wtc.pageText() : null", in: context),
            var text = answer["text"]?.stringValue
        else { return "" }
        for slot in 0..<(answer["slots"]?.intValue ?? 0) {
            var inner = ""
            if depth < Self.frameDepthLimit,
                let frame = await frameContext(heldBy: "window.__wtcViewSlots[\(slot)]", in: context)
            {
                inner = (try? await self.text(in: frame, depth: depth + 1)) ?? ""
            }
            text = text.replacingOccurrences(of: "\u{0}\(slot)\u{0}", with: "\n" + inner + "\n")
        }
        return text
    }

    /// `text` cut after the last whole line that fits `maxTokens`, saying how many lines were left out.
    static func cap(_ text: String, maxTokens: Int) -> String {
        guard PageObservation.estimatedTokens(text) > maxTokens else { return text }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: true)
        var kept: [Substring] = []
        var used = 8
        for line in lines {
            used += PageObservation.estimatedTokens(String(line) + "\n")
            if used > maxTokens { break }
            kept.append(line)
        }
        return (kept + ["… \(lines.count - kept.count) more lines"]).joined(separator: "\n")
    }
}
