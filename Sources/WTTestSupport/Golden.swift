import Foundation
import WTDiagnostics

/// Reference-output comparison (CONVENTIONS.md #6). A mismatch returns a unified diff; with
/// `WTC_RECORD=1` the expected file is rewritten and the comparison still fails, so a recording run
/// can never pass by accident.
public enum Golden {
    public static var recording: Bool { ProcessInfo.processInfo.environment["WTC_RECORD"] == "1" }

    /// nil when `actual` equals the file's content; otherwise a message with a diff.
    public static func compare(_ actual: String, to file: URL) -> String? {
        let expected = (try? String(contentsOf: file, encoding: .utf8))
        if expected == actual && !recording { return nil }
        if recording {
            try? actual.write(to: file, atomically: true, encoding: .utf8)
            return "recorded \(file.path); run again without WTC_RECORD"
        }
        guard let expected else { return "missing golden file \(file.path); run with WTC_RECORD=1 to create it" }
        return "\(file.lastPathComponent) differs:\n" + TextDiff.unified(expected: expected, actual: actual)
    }
}

/// A small line diff (longest common subsequence) for test failures and `wtc fmt --check`.
public enum TextDiff {
    public static func unified(expected: String, actual: String, context: Int = 2) -> String {
        LineDiff.unified(old: expected, new: actual, oldName: "expected", newName: "actual", context: context)
    }
}
