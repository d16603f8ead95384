import ArgumentParser

/// The exit codes of every command (CONVENTIONS.md #13), named once.
enum Exit {
    static let ok = ExitCode(0)
    /// `wtc fmt --check` found a file that is not canonical.
    static let notCanonical = ExitCode(1)
    /// `wtc query` selected nothing (as grep exits 1 when no line matches).
    static let noMatch = ExitCode(1)
    static let usage = ExitCode(64)
    static let invalidInput = ExitCode(65)
    static let missingInput = ExitCode(66)
    /// A browser, the network or a system library is unavailable (and `wtc doctor` found something missing).
    static let unavailable = ExitCode(69)
    static let runFailed = ExitCode(70)
    /// An output file (`--report`) could not be written.
    static let cannotCreate = ExitCode(73)

    /// The worse of two outcomes: missing input outranks invalid input, which outranks success.
    static func worse(_ a: ExitCode, _ b: ExitCode) -> ExitCode {
        let rank: [Int32: Int] = [0: 0, 1: 1, 65: 2, 66: 3, 70: 4]
        return (rank[a.rawValue] ?? 5) >= (rank[b.rawValue] ?? 5) ? a : b
    }
}
