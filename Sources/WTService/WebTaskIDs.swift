import Foundation

/// The ids the service mints: `wt_…` for a task, `wtr_…` for a reuse key (spec: "Load").
public enum WebTaskIDs {
    public static func task() -> String { "wt_" + random() }
    public static func reuseKey() -> String { "wtr_" + random() }

    /// 20 characters of lower-case letters and digits from the system's random source (~103 bits).
    static func random() -> String {
        let alphabet = Array("abcdefghijklmnopqrstuvwxyz0123456789")
        var generator = SystemRandomNumberGenerator()
        return String((0..<20).map { _ in alphabet[Int(generator.next(upperBound: UInt64(alphabet.count)))] })
    }
}
