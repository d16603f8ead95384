import Foundation
import Synchronization
import Testing

@testable import CDP

/// The connection and session layers over a scripted in-memory transport: no browser needed.
@Suite("Connection and sessions", .timeLimit(.minutes(1)))
struct ConnectionTests {
    static let closed = CDPError.browserClosed(lastLogLines: ["last words"], reason: "exited with status 1")

    func connect(_ transport: FakeTransport) -> CDPConnection {
        let connection = CDPConnection(transport: transport) { _ in Self.closed }
        connection.start()
        return connection
    }

    @Test("commands go out with an id, the method, the session id at the top level, and their parameters")
    func wireFormat() async throws {
        let transport = FakeTransport { [.reply($0.id, ["frameId": "F", "loaderId": "L"])] }
        let session = CDPSession(connection: connect(transport), sessionID: "S1")
        let response = try await session.send(Page.Navigate(url: "https://example.test/"), timeout: .seconds(5))
        #expect(response.frameId == "F")
        let sent = try #require(transport.sent.first)
        #expect(sent.method == "Page.navigate")
        #expect(sent.sessionID == "S1")
        #expect(sent.params == ["url": "https://example.test/"])
    }

    @Test("replies are matched to their calls by id even when they arrive out of order")
    func outOfOrderReplies() async throws {
        let held = Mutex<[FakeTransport.Sent]>([])
        let transport = FakeTransport { sent in
            held.withLock { $0.append(sent) }
            return []
        }
        let session = CDPSession(connection: connect(transport), sessionID: nil)
        async let first = session.send(Runtime.Evaluate(expression: "1"), timeout: .seconds(5))
        async let second = session.send(Runtime.Evaluate(expression: "2"), timeout: .seconds(5))
        #expect(await Census.eventually(within: .seconds(5)) { held.withLock { $0.count } == 2 })
        for sent in held.withLock({ $0 }).reversed() {
            let value = sent.params["expression"] ?? nil
            transport.deliver(.reply(sent.id, ["result": ["type": "number", "value": value]]))
        }
        #expect(try await first.result.value == "1")
        #expect(try await second.result.value == "2")
    }

    @Test("a protocol error fails the call with the browser's message and the method")
    func protocolError() async throws {
        let transport = FakeTransport { sent in
            [["id": .number(Double(sent.id)), "error": ["code": -32000, "message": "No node with given id found"]]]
        }
        let session = CDPSession(connection: connect(transport), sessionID: "S")
        let error = await #expect(throws: CDPError.self) {
            try await session.send(DOM.GetOuterHTML(DOM.NodeReference(nodeId: 1)), timeout: .seconds(5))
        }
        #expect(
            error?.kind
                == .protocolError(method: "DOM.getOuterHTML", code: -32000, message: "No node with given id found"))
    }

    @Test("a result of the wrong shape fails with invalidResponse naming the method")
    func invalidResponse() async throws {
        let transport = FakeTransport { [.reply($0.id, ["product": 42])] }
        let session = CDPSession(connection: connect(transport), sessionID: nil)
        let error = await #expect(throws: CDPError.self) {
            try await session.send(Browser.GetVersion(), timeout: .seconds(5))
        }
        guard case .invalidResponse(let method, _) = error?.kind else {
            Issue.record("expected invalidResponse, got \(String(describing: error))")
            return
        }
        #expect(method == "Browser.getVersion")
    }

    @Test("when the transport closes every pending call fails with the close error, and later calls too")
    func closeFailsPendingCalls() async throws {
        let transport = FakeTransport()
        let connection = connect(transport)
        let session = CDPSession(connection: connection, sessionID: "S")
        let first = Task { try await session.send(Page.Enable(), timeout: .seconds(20)) }
        let second = Task { try await session.send(Runtime.Enable(), timeout: .seconds(20)) }
        #expect(await Census.eventually(within: .seconds(5)) { connection.pendingMethods.count == 2 })
        transport.close()
        await #expect(throws: Self.closed) { try await first.value }
        await #expect(throws: Self.closed) { try await second.value }
        await #expect(throws: Self.closed) { try await session.send(Page.Enable(), timeout: .seconds(20)) }
        #expect(Self.closed.message.contains("  | last words"))
    }

    @Test("a call past its deadline fails with timedOut, and its late reply is ignored")
    func deadline() async throws {
        let held = Mutex<[Int]>([])
        let transport = FakeTransport { sent in
            held.withLock { $0.append(sent.id) }
            return []
        }
        let connection = connect(transport)
        let session = CDPSession(connection: connection, sessionID: nil)
        await #expect(throws: CDPError(.timedOut(method: "Page.reload", after: .milliseconds(50)))) {
            try await session.send(Page.Reload(), timeout: .milliseconds(50))
        }
        for id in held.withLock({ $0 }) { transport.deliver(.reply(id)) }
        #expect(connection.pendingMethods.isEmpty)
    }

    @Test("expect catches an event that arrives before the command's reply")
    func expectRegistersFirst() async throws {
        // The fake browser sends the event before it answers, as Chromium may.
        let transport = FakeTransport { sent in
            [
                .event("Page.loadEventFired", ["timestamp": 7], session: sent.sessionID),
                .reply(sent.id, ["frameId": "F"]),
            ]
        }
        let session = CDPSession(connection: connect(transport), sessionID: "S")
        let (loaded, _) = try await session.expect(Page.LoadEventFired.self, timeout: .seconds(5)) {
            try await session.send(Page.Navigate(url: "about:blank"), timeout: .seconds(5))
        }
        #expect(loaded.timestamp == 7)
    }

    @Test("events reach only subscribers of their session and method")
    func eventRouting() async throws {
        let transport = FakeTransport()
        let connection = connect(transport)
        let pageA = CDPSession(connection: connection, sessionID: "A")
        let pageB = CDPSession(connection: connection, sessionID: "B")
        let waiterB = pageB.waiter(for: Page.LoadEventFired.self)
        var streamA = pageA.events(Page.LoadEventFired.self).makeAsyncIterator()
        transport.deliver(.event("Page.domContentEventFired", ["timestamp": 1], session: "A"))
        transport.deliver(.event("Page.loadEventFired", ["timestamp": 2], session: "B"))
        transport.deliver(.event("Page.loadEventFired", ["timestamp": 3], session: "A"))
        #expect(try await waiterB.wait(timeout: .seconds(5)).timestamp == 2)
        #expect(await streamA.next()?.timestamp == 3)
    }

    @Test("a detached target fails the calls pending on its session only")
    func detachedTarget() async throws {
        let transport = FakeTransport()
        let connection = connect(transport)
        let page = CDPSession(connection: connection, sessionID: "P")
        let other = CDPSession(connection: connection, sessionID: "Q")
        let onPage = Task { try await page.send(Runtime.Enable(), timeout: .seconds(20)) }
        // The other call's deadline must outlast the wait for both calls to be pending, even on a loaded
        // machine where the two tasks start late; otherwise it expires before the count reaches 2.
        let onOther = Task { try await other.send(Runtime.Enable(), timeout: .seconds(4)) }
        #expect(await Census.eventually(within: .seconds(3)) { connection.pendingMethods.count == 2 })
        transport.deliver(.event("Target.detachedFromTarget", ["sessionId": "P", "targetId": "T"]))
        let error = await #expect(throws: CDPError.self) { try await onPage.value }
        #expect(error?.kind == .targetClosed(method: "Runtime.enable"))
        await #expect(throws: CDPError(.timedOut(method: "Runtime.enable", after: .seconds(4)))) {
            try await onOther.value
        }
    }

    @Test("an event that never comes fails expect with timedOut naming the event")
    func eventDeadline() async throws {
        let transport = FakeTransport { [.reply($0.id)] }
        let session = CDPSession(connection: connect(transport), sessionID: "S")
        await #expect(throws: CDPError(.timedOut(method: "Page.loadEventFired", after: .milliseconds(50)))) {
            try await session.expect(Page.LoadEventFired.self, timeout: .milliseconds(50)) {
                try await session.send(Page.Reload(), timeout: .seconds(5))
            }
        }
    }

    @Test("a cancelled call fails with cancelled naming the method")
    func cancellation() async throws {
        let transport = FakeTransport()
        let connection = connect(transport)
        let session = CDPSession(connection: connection, sessionID: nil)
        let task = Task { try await session.send(Page.Enable(), timeout: .seconds(20)) }
        #expect(await Census.eventually(within: .seconds(5)) { !connection.pendingMethods.isEmpty })
        task.cancel()
        await #expect(throws: CDPError(.cancelled(method: "Page.enable"))) { try await task.value }
        #expect(connection.pendingMethods.isEmpty)
    }
}

@Suite("A browser reached over another transport", .timeLimit(.minutes(1)))
struct ConnectTests {
    @Test("connect handshakes with getVersion, opens contexts, and close only disconnects")
    func connectOverAnyTransport() async throws {
        let transport = FakeTransport { sent in
            switch sent.method {
            case "Browser.getVersion":
                [
                    .reply(
                        sent.id,
                        [
                            "protocolVersion": "1.3", "product": "HeadlessChrome/1", "revision": "r", "userAgent": "u",
                            "jsVersion": "j",
                        ])
                ]
            case "Target.createBrowserContext": [.reply(sent.id, ["browserContextId": "C1"])]
            default: [.reply(sent.id)]
            }
        }
        let browser = try await Browser.connect(transport: transport)
        #expect(browser.process == nil)
        #expect(browser.version.product == "HeadlessChrome/1")
        #expect(try await browser.newContext().id == "C1")
        await browser.close()
        #expect(!transport.sent.contains { $0.method == "Browser.close" })
        await #expect(throws: CDPError.self) { try await browser.newContext() }
    }
}
