import Testing
import WTRuntime

@testable import WTEngine

/// The Swift half of the view, without a browser: the cap, deltas, masks and ref prefixes.
@Suite("View lines")
struct ObserveLinesTests {
    static let lines = [
        ViewLine(depth: 0, ref: "e1", text: "main"),
        ViewLine(depth: 1, ref: "e2", text: #"heading "Orders" level=1"#),
        ViewLine(depth: 1, ref: "e3", text: #"form "Search""#),
        ViewLine(depth: 2, ref: "e4", text: #"textbox "Query" value="shoes""#),
        ViewLine(depth: 2, ref: "e5", text: #"button "Go""#),
        ViewLine(depth: 0, ref: "e6", text: "contentinfo"),
        ViewLine(depth: 1, ref: "e7", text: #"text "Practice site for scraping.""#),
    ]

    @Test("a view within its budget is left as it is")
    func fits() {
        #expect(ViewCap.fit(Self.lines, maxTokens: 1000) == Self.lines)
    }

    @Test("over budget, the deepest lines collapse first into a line naming their holder")
    func collapsesDeepest() {
        let budget = PageObservation.estimatedTokens(Self.lines.rendered) - 5
        let capped = ViewCap.fit(Self.lines, maxTokens: budget)
        #expect(PageObservation.estimatedTokens(capped.rendered) <= budget)
        #expect(capped.rendered.contains("    … 2 more lines in [e3]"))
        #expect(capped.rendered.contains(#"[e2] heading "Orders" level=1"#))
    }

    @Test("a budget too small for the top lines keeps whole lines and says how many are left out")
    func truncates() {
        let capped = ViewCap.fit(Self.lines, maxTokens: 12)
        #expect(PageObservation.estimatedTokens(capped.rendered) <= 12)
        #expect(capped.last?.text.hasPrefix("… ") == true && capped.last?.text.hasSuffix("more lines") == true)
        #expect(capped.dropLast().allSatisfy { Self.lines.contains($0) })
    }

    @Test("a delta has the new and changed lines, shifted left, and the refs that went away")
    func delta() {
        var now = Self.lines.filter { $0.ref != "e5" }
        now[3].text = #"textbox "Query" value="boots""#
        now.append(ViewLine(depth: 2, ref: "e8", text: #"text "3 results""#))
        let (changed, removed) = ViewDelta.between(Self.lines, now)
        #expect(removed == ["e5"])
        #expect(
            ViewDelta.text(changed: changed, removed: removed).rendered == """
                [e4] textbox "Query" value="boots"
                [e8] text "3 results"
                removed: [e5]
                """)
        #expect(ViewDelta.text(changed: [], removed: []).rendered == "no changes")
    }

    @Test("masked strings are replaced after the role word, wherever they occur")
    func masking() {
        let line = ViewLine(depth: 0, ref: "e4", text: #"textbox "pw-1" value="pw-1 and pw-1""#)
        #expect(line.masking(["pw-1", ""]).text == #"textbox "••••" value="•••• and ••••""#)
        #expect(line.masking(["textbox"]).text == line.text)
    }

    @Test("frame prefixes are letters only, so a prefixed ref keeps the letters-then-digits shape")
    func prefixes() {
        #expect(ObservationLog.prefix(number: 0) == "fa")
        #expect(ObservationLog.prefix(number: 25) == "fz")
        #expect(ObservationLog.prefix(number: 26) == "faa")
        #expect(ObservationLog.split("e12")?.prefix == nil)
        #expect(ObservationLog.split("fab7")?.prefix == "fab" && ObservationLog.split("fab7")?.local == "e7")
        for bad in ["", "12", "e", "E12", "e1x", "[e1]"] { #expect(ObservationLog.split(bad) == nil) }
    }

    @Test("a secret is masked as written, with its whitespace collapsed, and cut short with an ellipsis")
    func maskedForms() {
        let secret = "correct  horse\tbattery staple and more"
        let lines = [
            ViewLine(depth: 0, ref: "e1", text: #"textbox "Echo" value="correct horse battery staple and more""#),
            ViewLine(depth: 0, ref: "e2", text: #"text "You typed correct  horse\#tbattery…""#),
            ViewLine(depth: 0, ref: "e3", text: #"text "correct""#),
        ].map { $0.masking([secret]) }
        #expect(lines[0].text == #"textbox "Echo" value="••••""#)
        #expect(lines[1].text == #"text "You typed ••••""#)
        #expect(lines[2].text == #"text "correct""#, "a start shorter than the shortest cut is not the secret")
    }
}
