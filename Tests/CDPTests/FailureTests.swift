import Foundation
import Testing

@testable import CDP

extension ChromiumTests {
    @Suite("Failures name what failed")
    struct FailureTests {
        let marker = Marker()

        @Test("a call whose deadline passes fails naming the method and the time, and the page stays usable")
        func timeoutNamesMethodAndTime() async throws {
            defer { marker.cleanUp() }
            try await withBrowser(Chromium.options(marker: marker)) { browser in
                let page = try await browser.newContext().newPage()
                let error = await #expect(throws: CDPError.self) {
                    try await page.evaluate("new Promise(() => {})", awaitPromise: true, timeout: .milliseconds(300))
                }
                #expect(error?.kind == .timedOut(method: "Runtime.evaluate", after: .milliseconds(300)))
                #expect(error?.message.hasPrefix("Runtime.evaluate timed out after 300 ms") == true)
                let sum = try await page.evaluate("1+1", timeout: .seconds(10))
                #expect(sum == 2)
            }
        }

        @Test("killing the browser fails the pending call with browserClosed and the browser's log lines")
        func crashFailsPendingCalls() async throws {
            defer { marker.cleanUp() }
            let browser = marker.track(try await Browser.launch(Chromium.options(marker: marker)))
            let page = try await browser.newContext().newPage()
            async let outcome: CDPError? = {
                do throws(CDPError) {
                    _ = try await page.evaluate("new Promise(() => {})", awaitPromise: true, timeout: .seconds(20))
                    return nil
                } catch { return error }
            }()
            #expect(
                await Census.eventually(within: .seconds(10)) {
                    browser.connection.pendingMethods.contains("Runtime.evaluate")
                })
            kill(try #require(browser.process).pid, SIGKILL)
            let error = try #require(await outcome)
            guard case .browserClosed(let lines) = error.kind else {
                Issue.record("expected browserClosed, got \(error)")
                return
            }
            #expect(!lines.isEmpty)
            #expect(error.message.contains("killed by signal 9"))
            // Later calls fail at once the same way.
            await #expect(throws: CDPError.self) { try await page.evaluate("1", timeout: .seconds(10)) }
            await browser.close()
            #expect(marker.liveProcesses.isEmpty)
            #expect(marker.leftoverProfiles.isEmpty)
        }

        @Test("a renderer crash fails the calls pending on that page, and the browser carries on")
        func rendererCrash() async throws {
            defer { marker.cleanUp() }
            try await withBrowser(Chromium.options(marker: marker)) { browser in
                let page = try await browser.newContext().newPage()
                let pending = Task {
                    try await page.evaluate("new Promise(() => {})", awaitPromise: true, timeout: .seconds(20))
                }
                let inFlight = await Census.eventually(within: .seconds(10)) {
                    browser.connection.pendingMethods.contains("Runtime.evaluate")
                }
                #expect(inFlight)
                // Page.crash never answers: the renderer is gone before it could.
                _ = try? await page.send(CrashPage(), timeout: .milliseconds(500))
                let error = await #expect(throws: CDPError.self) { try await pending.value }
                #expect(error?.kind == .targetClosed(method: "Runtime.evaluate"))
                let other = try await browser.newContext().newPage()
                let sum = try await other.evaluate("1+1")
                #expect(sum == 2)
            }
        }

        /// `Page.crash`, experimental and only useful to tests; typed here like any command.
        struct CrashPage: CDPCommand {
            static let method = "Page.crash"
            typealias Response = CDPEmptyResponse
        }

        @Test("a command the browser rejects fails with its protocol error and the method")
        func protocolError() async throws {
            defer { marker.cleanUp() }
            try await withBrowser(Chromium.options(marker: marker)) { browser in
                let page = try await browser.newContext().newPage()
                let error = await #expect(throws: CDPError.self) {
                    try await page.send(DOM.GetOuterHTML(DOM.NodeReference(nodeId: 987_654)))
                }
                guard case .protocolError(let method, _, _) = error?.kind else {
                    Issue.record("expected a protocol error, got \(String(describing: error))")
                    return
                }
                #expect(method == "DOM.getOuterHTML")
                #expect(error?.message.hasPrefix("DOM.getOuterHTML failed: ") == true)
            }
        }

        @Test("a navigation the network refuses fails with the browser's net error")
        func navigationFailure() async throws {
            defer { marker.cleanUp() }
            try await withBrowser(Chromium.options(marker: marker)) { browser in
                let page = try await browser.newContext().newPage()
                let error = await #expect(throws: CDPError.self) {
                    try await page.navigate(to: "http://127.0.0.1:9/", timeout: .seconds(10))
                }
                // Port 9 is on Chromium's list of unsafe ports; either way the browser's own error is shown.
                #expect(error?.message.hasPrefix("Page.navigate failed: net::ERR_") == true)
            }
        }

        @Test("a script exception fails evaluate with the exception's text")
        func scriptException() async throws {
            defer { marker.cleanUp() }
            try await withBrowser(Chromium.options(marker: marker)) { browser in
                let page = try await browser.newContext().newPage()
                let error = await #expect(throws: CDPError.self) {
                    try await page.evaluate("throw new Error('boom')")
                }
                #expect(error?.message.contains("Error: boom") == true)
            }
        }

        @Test("a missing executable is a clear error that says how to install it")
        func missingExecutable() async throws {
            var options = Chromium.options(marker: marker)
            options.executablePath = "/nonexistent/chromium-headless-shell"
            defer { marker.cleanUp() }
            let error = await #expect(throws: CDPError.self) { try await Browser.launch(options) }
            #expect(error?.kind == .executableNotFound(path: "/nonexistent/chromium-headless-shell"))
            #expect(error?.message.contains("apt-get install chromium-headless-shell") == true)
            #expect(marker.leftoverProfiles.isEmpty)
        }

        @Test("a browser that exits at once fails the launch with its exit status and log")
        func browserExitsAtLaunch() async throws {
            defer { marker.cleanUp() }
            let script = try FakeBrowser.script(in: marker.folder, "echo 'fatal: no display' >&2; exit 3")
            var options = Chromium.options(marker: marker)
            options.executablePath = script
            let error = await #expect(throws: CDPError.self) { try await Browser.launch(options) }
            #expect(error?.kind == .browserClosed(lastLogLines: ["fatal: no display"]))
            #expect(error?.message.contains("exited with status 3") == true)
            #expect(marker.leftoverProfiles == ["fake-browser.sh"])
        }

        @Test("a browser that never answers and ignores SIGTERM is killed at the launch deadline")
        func browserHangsAtLaunch() async throws {
            defer { marker.cleanUp() }
            let script = try FakeBrowser.script(in: marker.folder, "trap '' TERM; while true; do sleep 0.05; done")
            var options = Chromium.options(marker: marker)
            options.executablePath = script
            options.launchTimeout = .milliseconds(500)
            options.closeTimeout = .milliseconds(300)
            let error = await #expect(throws: CDPError.self) { try await Browser.launch(options) }
            #expect(error?.kind == .timedOut(method: "Browser.getVersion", after: .milliseconds(500)))
            #expect(marker.liveProcesses.isEmpty)
            #expect(marker.leftoverProfiles == ["fake-browser.sh"])
        }
    }
}

/// Shell scripts that stand in for a browser that misbehaves at launch.
enum FakeBrowser {
    static func script(in folder: URL, _ body: String) throws -> String {
        let url = folder.appendingPathComponent("fake-browser.sh")
        try ("#!/bin/sh\n" + body + "\n").write(to: url, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: url.path)
        return url.path
    }
}
