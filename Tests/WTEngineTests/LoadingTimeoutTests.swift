import Testing

@testable import WTEngine

/// A step that timed out waiting for the next document says whether the page was slow or the deadline
/// had mostly gone before the page started loading.
@Suite("Loading timeouts name where the time went")
struct LoadingTimeoutTests {
    @Test("a page that loaded for most of the deadline is named with the deadline")
    func slowPage() {
        let text = BrowserDriver.loadingTimeout("http://a.test/slow", loading: .milliseconds(4_800), .seconds(5))
        #expect(text == "the page was still loading http://a.test/slow (waited 5s)")
    }

    @Test("a deadline spent before the page started loading says how long it had loaded")
    func deadlineSpentElsewhere() {
        let text = BrowserDriver.loadingTimeout("http://a.test/next", loading: .milliseconds(70), .seconds(5))
        #expect(
            text == "the page was still loading http://a.test/next when the step's 5s deadline passed; "
                + "it had been loading for 70ms")
    }
}
