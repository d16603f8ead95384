import Foundation
import Testing
import WTCompiler
import WTTrace

/// The selectors the recording acted with (`TraceElement.selectors`) lead the locator when they find
/// exactly the element on every page, CSS or XPath; when they do not, the compiler's own candidates
/// take over and `--explain` says why the recorded one lost.
@Suite("The recording's own locators")
struct RecordedLocatorTests {
    /// The quotes trace with the "next" clicks recorded as having used `selectors`.
    static func compile(clicksRecordedWith selectors: [String]) async throws -> CompilerHarness.Outcome {
        var (trace, snapshots) = try MutationTests.original()
        for k in trace.steps.indices where trace.steps[k].action == .click {
            trace.steps[k].target?.selectors = selectors
        }
        return await CompilerHarness.compile(trace, snapshots: snapshots)
    }

    @Test("a recorded XPath that finds exactly the link leads the locator, written as xpath")
    func recordedXPath() async throws {
        let outcome = try await Self.compile(clicksRecordedWith: ["//li[@class='next']/a"])
        #expect(outcome.verification == .reproduced, "\(outcome.diagnostics)")
        let source = try #require(outcome.source)
        #expect(source.contains(#"click xpath "//li[@class='next']/a" | role link exact "Next →""#), "\(source)")
        #expect(outcome.explanation.contains(#"xpath "//li[@class='next']/a": the recording's own selector"#))
    }

    @Test("a recorded selector that finds more than the element loses to the compiler's own, with the reason")
    func recordedTooBroad() async throws {
        let outcome = try await Self.compile(clicksRecordedWith: ["nav a"])
        #expect(outcome.verification == .reproduced, "\(outcome.diagnostics)")
        let source = try #require(outcome.source)
        #expect(!source.contains(#""nav a""#), "\(source)")
        #expect(source.contains(#"click role link exact "Next →""#), "\(source)")
        #expect(outcome.explanation.contains(#""nav a" (the recording's own selector) lost: finds 2 elements"#))
    }
}
