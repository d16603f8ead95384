import Foundation
import WTRuntime

extension EvidenceDriver: ScreenshotTaking {
    /// Forwarded to the browser underneath, for an agent that asks to see the page.
    nonisolated func screenshot() async -> Data? { await (inner as? any ScreenshotTaking)?.screenshot() }

    nonisolated func picture(maxWidth: Int, quality: Int) async -> Data? {
        await (inner as? any ScreenshotTaking)?.picture(maxWidth: maxWidth, quality: quality)
    }
}
