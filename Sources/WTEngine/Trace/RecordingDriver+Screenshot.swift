import Foundation
import WTRuntime

extension RecordingDriver: ScreenshotTaking {
    /// Forwarded to the driver underneath (a picture is not an action: nothing is recorded).
    func screenshot() async -> Data? { await (inner as? any ScreenshotTaking)?.screenshot() }

    func picture(maxWidth: Int, quality: Int) async -> Data? {
        await (inner as? any ScreenshotTaking)?.picture(maxWidth: maxWidth, quality: quality)
    }
}
