import Foundation
import Synchronization
import Testing

@testable import CDP

/// `CDPObservation` hands a session's events to their handlers in the order the browser sent them, across
/// event types (separate `events` streams cannot promise that), and only until it is cancelled.
@Suite("Event observation", .timeLimit(.minutes(1)))
struct ObservationTests {
    @Test("handlers of different events run in arrival order, for their session only, until cancelled")
    func order() throws {
        let transport = FakeTransport()
        let connection = CDPConnection(transport: transport) { _ in CDPError.browserClosed(lastLogLines: []) }
        connection.start()
        let seen = Mutex<[String]>([])
        let observation = CDPObservation(CDPSession(connection: connection, sessionID: "A"))
        observation.on(Page.DOMContentEventFired.self) { event in seen.withLock { $0.append("dom \(event.timestamp)") }
        }
        observation.on(Page.LoadEventFired.self) { event in seen.withLock { $0.append("load \(event.timestamp)") } }
        transport.deliver(.event("Page.loadEventFired", ["timestamp": 1], session: "A"))
        transport.deliver(.event("Page.domContentEventFired", ["timestamp": 2], session: "A"))
        transport.deliver(.event("Page.loadEventFired", ["timestamp": 3], session: "B"))
        transport.deliver(.event("Page.loadEventFired", ["timestamp": 4], session: "A"))
        observation.cancel()
        transport.deliver(.event("Page.domContentEventFired", ["timestamp": 5], session: "A"))
        #expect(seen.withLock { $0 } == ["load 1.0", "dom 2.0", "load 4.0"])
    }
}
