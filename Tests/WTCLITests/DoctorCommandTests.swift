import Foundation
import Testing
import WTTestSupport

@Suite("wtc doctor (built binary)", .serialized)
struct DoctorCommandTests {
    @Test("on this machine it finds Chromium, libxml2, libcurl and a data folder, and exits 0")
    func allThere() async throws {
        let data = try CLI.temporaryDirectory()
        let result = try await CLI.run(["doctor"], environment: ["WTC_DATA_DIR": data.path])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        let lines = result.stdout.split(separator: "\n").map(String.init)
        let chromium = try #require(lines.first { $0.hasPrefix("ok") && $0.contains("Chromium") })
        #expect(chromium.contains("Chrome/"), "the version Chromium itself reported: \(chromium)")
        #expect(
            lines.contains {
                $0.hasPrefix("ok") && $0.range(of: #"libxml2 +2\.\d+\.\d+"#, options: .regularExpression) != nil
            })
        #expect(
            lines.contains {
                $0.hasPrefix("ok") && $0.range(of: #"libcurl +\d+\.\d+\.\d+"#, options: .regularExpression) != nil
            })
        #expect(
            lines.contains { $0.hasPrefix("ok") && $0.contains("\(data.path) (from WTC_DATA_DIR): exists, writable") })
        #expect(!result.stdout.contains("missing"))
        #expect(lines.last == "everything wtc needs is here")
    }

    @Test("a missing Chromium is reported with the command that installs it, and exits 69")
    func missingChromium() async throws {
        let result = try await CLI.run(
            ["doctor"],
            environment: ["WTC_CHROMIUM": "/nonexistent/chromium", "WTC_DATA_DIR": try CLI.temporaryDirectory().path])
        #expect(result.status == 69)
        #expect(result.stdout.contains("missing  Chromium"), "\(result.stdout)")
        #expect(result.stdout.contains("/nonexistent/chromium (from WTC_CHROMIUM): not found or not executable"))
        #expect(result.stdout.contains("fix: sudo apt-get install -y --no-install-recommends chromium-headless-shell"))
        #expect(result.stdout.contains("ok       libxml2"), "the other checks still run")
        #expect(result.stdout.hasSuffix("missing: Chromium (run the fix lines above)\n"))
    }

    @Test("a data folder that is a file, or cannot be created, is missing; one not created yet is fine")
    func dataFolder() async throws {
        let base = try CLI.temporaryDirectory()
        let file = base.appendingPathComponent("file")
        try Data().write(to: file)
        let isFile = try await CLI.run(["doctor"], environment: ["WTC_DATA_DIR": file.path])
        #expect(isFile.status == 69)
        #expect(isFile.stdout.contains("\(file.path) (from WTC_DATA_DIR): exists but is not a folder"))
        #expect(isFile.stdout.contains("fix: set WTC_DATA_DIR to a folder you can write"))
        let under = try await CLI.run(["doctor"], environment: ["WTC_DATA_DIR": file.appendingPathComponent("x").path])
        #expect(under.status == 69)
        #expect(under.stdout.contains("cannot be created (\(file.path) is not a writable folder)"))
        let later = base.appendingPathComponent("new/wtc")
        let fresh = try await CLI.run(["doctor"], environment: ["WTC_DATA_DIR": later.path])
        #expect(fresh.status == 0, "\(fresh.stdout)")
        #expect(fresh.stdout.contains("\(later.path) (from WTC_DATA_DIR): not created yet (wtc can create it)"))
        #expect(!FileManager.default.fileExists(atPath: later.path), "doctor only looks")
    }

    @Test("--help says what it checks and what the exit codes mean")
    func help() async throws {
        let result = try await CLI.run(["doctor", "--help"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("WTC_CHROMIUM"))
        #expect(result.stdout.contains("WTC_DATA_DIR"))
        #expect(result.stdout.contains("69"))
        #expect(try await CLI.run(["--help"]).stdout.contains("doctor"), "wtc --help lists it")
    }
}
