import ArgumentParser
import CDP
import Foundation

/// `wtc doctor`: what wtc found on this machine, and the command that fixes whatever is missing.
struct DoctorCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "doctor",
        abstract: "Check that this machine has what wtc needs: Chromium, libxml2, libcurl, a data folder.",
        discussion: """
            Chromium is the one WTC_CHROMIUM names, else /usr/lib/chromium/chromium-headless-shell; it is \
            started once and asked its version. The data folder is WTC_DATA_DIR, else ~/.wtc. Each missing \
            piece is printed with the command that fixes it. Exit 0 when everything is there, 69 when \
            something is missing.
            """
    )

    @Option(name: .long, help: "How long Chromium may take to start, e.g. 5s (default 20s).")
    var timeout: StepTimeout?

    func run() async throws {
        BrowserProcess.terminateAllOnSignal()
        let findings = [
            await DoctorChecks.chromium(timeout: timeout?.duration ?? .seconds(20)),
            DoctorChecks.libxml2(),
            DoctorChecks.libcurl(),
            DoctorChecks.dataFolder(environment: ProcessInfo.processInfo.environment),
        ]
        Console.out(Self.render(findings))
        if findings.contains(where: \.isMissing) { throw Exit.unavailable }
    }

    /// `ok       Chromium     /usr/lib/…, HeadlessChrome/…`, then for a missing piece a `fix:` line, then
    /// a one-line verdict.
    static func render(_ findings: [DoctorFinding]) -> String {
        let width = (findings.map(\.name.count).max() ?? 0) + 2
        var text = "wtc \(WTCVersion.current)\n"
        for finding in findings {
            let status = finding.isMissing ? "missing" : "ok"
            let name = finding.name.padding(toLength: width, withPad: " ", startingAt: 0)
            text += status.padding(toLength: 9, withPad: " ", startingAt: 0) + name + finding.detail + "\n"
            if let fix = finding.fix { text += String(repeating: " ", count: 9 + width) + "fix: \(fix)\n" }
        }
        let missing = findings.filter(\.isMissing).map(\.name)
        text +=
            missing.isEmpty
            ? "everything wtc needs is here\n"
            : "missing: \(missing.joined(separator: ", ")) (run the fix lines above)\n"
        return text
    }
}
