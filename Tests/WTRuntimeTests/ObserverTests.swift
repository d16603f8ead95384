import Testing
import WTRuntime
import WTTestSupport

@Suite("Step events")
struct ObserverTests {
    @Test("each finished step is reported with its index, line, summary, page and records so far")
    func events() async throws {
        var harness = Harness(Sites.quotes)
        let observer = RecordingObserver()
        harness.observer = observer
        harness.parameters = ["max_pages=2"]
        let result = try await harness.succeed(PaginationTests.quotesProgram)
        let events = observer.events
        #expect(events.map(\.index) == Array(1...events.count))
        #expect(result.stepsRun == events.count)
        #expect(
            observer.summaries == [
                #"open "http://fake.test/tag/love/""#, #"extract quotes += each ".quote" (2 records)"#,
                #"click "li.next > a""#, #"extract quotes += each ".quote" (2 records)"#, #"click "li.next > a""#,
                "expect count quotes >= 1",
            ])
        #expect(events.map(\.line) == [8, 10, 18, 10, 18, 20])
        #expect(events.map(\.recordsSoFar) == [0, 2, 2, 4, 4, 4])
        #expect(events[2].url == "http://fake.test/tag/love/page/2/")
    }
}
