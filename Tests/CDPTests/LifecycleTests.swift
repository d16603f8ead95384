import Foundation
import Synchronization
import Testing

@testable import CDP

extension ChromiumTests {
    /// No Chromium process outlives its owner, whichever way the owner ends.
    @Suite("No orphan browser processes")
    struct LifecycleTests {
        let marker = Marker()

        struct Boom: Error {}

        @Test("closing normally leaves no process and no profile")
        func normalClose() async throws {
            defer { marker.cleanUp() }
            let browser = marker.track(try await Browser.launch(Chromium.options(marker: marker)))
            _ = try await browser.newContext().newPage()
            #expect(marker.liveProcesses.count > 1)
            await browser.close()
            await browser.close()
            #expect(marker.liveProcesses.isEmpty)
            #expect(marker.leftoverProfiles.isEmpty)
            #expect(browser.process?.exitStatus == .exited(0))
        }

        @Test("an error thrown inside withBrowser still closes the browser")
        func errorInsideScope() async throws {
            defer { marker.cleanUp() }
            await #expect(throws: Boom.self) {
                try await withBrowser(Chromium.options(marker: marker)) { browser in
                    marker.track(browser)
                    _ = try await browser.newContext().newPage()
                    throw Boom()
                }
            }
            #expect(marker.liveProcesses.isEmpty)
            #expect(marker.leftoverProfiles.isEmpty)
        }

        @Test("cancelling the task that owns the browser fails its call and closes the browser")
        func cancelledTask() async throws {
            defer { marker.cleanUp() }
            let owned = Mutex<Browser?>(nil)
            let options = Chromium.options(marker: marker)
            let task = Task { [marker] in
                try await withBrowser(options) { browser in
                    owned.withLock { $0 = marker.track(browser) }
                    let page = try await browser.newContext().newPage()
                    return try await page.evaluate("new Promise(() => {})", awaitPromise: true, timeout: .seconds(20))
                }
            }
            let inFlight = await Census.eventually(within: .seconds(15)) {
                owned.withLock { $0 }?.connection.pendingMethods.contains("Runtime.evaluate") == true
            }
            #expect(inFlight)
            task.cancel()
            let error = await #expect(throws: CDPError.self) { try await task.value }
            #expect(error?.kind == .cancelled(method: "Runtime.evaluate"))
            #expect(marker.liveProcesses.isEmpty)
            #expect(marker.leftoverProfiles.isEmpty)
        }

        @Test("Chromium exits by itself when its DevTools input reaches end-of-file, as when this process dies")
        func exitsOnPipeEOF() async throws {
            defer { marker.cleanUp() }
            let browser = marker.track(try await Browser.launch(Chromium.options(marker: marker)))
            try #require(browser.transport as? PipeTransport).closeBrowserInput()
            let status = try await #require(browser.process).watch.wait(timeout: .seconds(10))
            #expect(status != nil)
            // Nothing was signalled: the browser ended itself.
            #expect(await Census.eventually(within: .seconds(5)) { marker.liveProcesses.isEmpty })
            await browser.close()
            #expect(marker.leftoverProfiles.isEmpty)
        }

        @Test("the signal hook kills every live browser and deletes its profile")
        func signalHookKillsAll() async throws {
            defer { marker.cleanUp() }
            let options = Chromium.options(marker: marker)
            let first = marker.track(try await Browser.launch(options))
            let second = marker.track(try await Browser.launch(options))
            let ours = Set([first, second].compactMap { $0.process?.pid })
            // What `terminateAllOnSignal`'s handler runs, limited to this test's browsers: other test targets
            // in this process may have browsers of their own.
            await Task.detached { LiveBrowsers.killAll(where: ours.contains) }.value
            #expect(marker.liveProcesses.isEmpty)
            #expect(marker.leftoverProfiles.isEmpty)
            #expect(first.process?.exitStatus == .signaled(SIGKILL))
            await first.close()
            await second.close()
        }

        @Test("the browser inherits no descriptor of this process but its DevTools pipe")
        func noInheritedDescriptors() async throws {
            defer { marker.cleanUp() }
            // Opened without close-on-exec, as a file another thread is writing may be.
            let path = marker.folder.appendingPathComponent("being-written").path
            let fd = open(path, O_WRONLY | O_CREAT, 0o644)
            try #require(fd >= 0)
            defer { close(fd) }
            try await withBrowser(Chromium.options(marker: marker)) { browser in
                let pid = try #require(browser.process).pid
                let entries = try FileManager.default.contentsOfDirectory(atPath: "/proc/\(pid)/fd")
                let targets = entries.compactMap {
                    try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/\(pid)/fd/\($0)")
                }
                #expect(!targets.contains(path), "\(targets)")
            }
        }

        @Test("the browser starts with no blocked signals and SIGTERM at its default action")
        func cleanSignalState() async throws {
            defer { marker.cleanUp() }
            try await withBrowser(Chromium.options(marker: marker)) { browser in
                let pid = try #require(browser.process).pid
                let status = try String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8)
                let fields = Dictionary(
                    status.split(separator: "\n").compactMap { line -> (String, String)? in
                        let parts = line.split(separator: ":", maxSplits: 1)
                        guard parts.count == 2 else { return nil }
                        return (String(parts[0]), parts[1].trimmingCharacters(in: .whitespaces))
                    }, uniquingKeysWith: { first, _ in first })
                #expect(UInt64(fields["SigBlk"] ?? "", radix: 16) == 0)
                let ignored = UInt64(fields["SigIgn"] ?? "", radix: 16) ?? .max
                #expect(ignored & (1 << (UInt64(SIGTERM) - 1)) == 0)
                #expect(ignored & (1 << (UInt64(SIGINT) - 1)) == 0)
            }
        }

        @Test("twenty launches and closes in a row leave no process, profile or descriptor behind")
        func repeatedLaunches() async throws {
            defer { marker.cleanUp() }
            let before = Census.openDescriptors
            var sockets: [String] = []
            for _ in 0..<20 {
                let browser = marker.track(try await Browser.launch(Chromium.options(marker: marker)))
                _ = try await browser.newContext()
                sockets.append(try #require((browser.transport as? PipeTransport)?.socketIdentity))
                await browser.close()
            }
            #expect(marker.liveProcesses.isEmpty)
            #expect(marker.leftoverProfiles.isEmpty)
            // Exact: none of the twenty DevTools sockets is still open (other suites' descriptors do not count).
            #expect(Census.descriptorTargets.isDisjoint(with: sockets))
            // Anything else leaked once per launch would add twenty; other suites running in this process
            // come and go, so the count is only required to fall back below that within a few seconds.
            #expect(await Census.eventually(within: .seconds(10)) { Census.openDescriptors < before + 20 })
        }
    }
}
