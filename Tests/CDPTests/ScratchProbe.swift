import Foundation
import Testing

@testable import CDP

@Test("scratch probe") func scratchProbe() async throws {
    let browser = try await Browser.launch()
    let page = try await browser.newContext().newPage()
    _ = page
    let status = try String(contentsOfFile: "/proc/\(browser.process.pid)/status", encoding: .utf8)
    print(status.split(separator: "\n").filter { $0.hasPrefix("Sig") || $0.hasPrefix("Shd") })
    print("LOG:", browser.process.lastLogLines())
    await browser.close()
}
