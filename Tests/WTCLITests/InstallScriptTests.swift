import Foundation
import Testing
import WTTestSupport

/// `scripts/install-system-deps.sh`, run on a copy whose package list is swapped for one the test
/// controls, so nothing is ever installed: silent when everything is there, and as a user who is not
/// root, a missing package is named with the sudo command that installs it.
@Suite(
    "install-system-deps.sh",
    .enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/dpkg-query")))
struct InstallScriptTests {
    static let script = Paths.repositoryRoot().appendingPathComponent("scripts/install-system-deps.sh")

    /// A copy of the script listing `packages` instead of its own, in a folder anyone may read.
    static func copy(listing packages: [String]) throws -> URL {
        let text = try String(contentsOf: script, encoding: .utf8)
        let line = try #require(text.split(separator: "\n").first { $0.hasPrefix("packages=(") })
        let folder = try CLI.temporaryDirectory()
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: folder.path)
        let copy = folder.appendingPathComponent("install-system-deps.sh")
        try text.replacingOccurrences(of: line, with: "packages=(\(packages.joined(separator: " ")))")
            .write(to: copy, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: copy.path)
        return copy
    }

    /// Runs `command` (as the unprivileged user `nobody` when `unprivileged` and this is root).
    static func run(_ command: URL, unprivileged: Bool = false) throws -> CLIResult {
        let process = Process()
        if unprivileged, geteuid() == 0 {
            process.executableURL = URL(fileURLWithPath: "/usr/bin/setpriv")
            process.arguments = ["--reuid=65534", "--regid=65534", "--clear-groups", command.path]
        } else {
            process.executableURL = command
        }
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return CLIResult(
            status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
            stderr: String(decoding: stderr, as: UTF8.self))
    }

    @Test("the script lists the packages the build, the browser tests, the store tests and the demo need")
    func packageList() throws {
        let text = try String(contentsOf: Self.script, encoding: .utf8)
        let packages = [
            "libxml2-dev", "libcurl4-openssl-dev", "pkg-config", "chromium-headless-shell", "python3", "postgresql",
        ]
        for package in packages {
            #expect(text.contains(" \(package)") || text.contains("(\(package)"), "\(package) is not listed")
        }
    }

    @Test("with every listed package installed it prints nothing and exits 0")
    func quietWhenInstalled() async throws {
        let result = try Self.run(try Self.copy(listing: ["dpkg", "bash"]))
        #expect(result.status == 0)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.isEmpty, "\(result.stderr)")
    }

    @Test(
        "not root and a package missing: exit 77 with the sudo command, nothing installed",
        .enabled(if: geteuid() != 0 || FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv")))
    func notRoot() async throws {
        let missing = "wtc-test-no-such-package"
        let result = try Self.run(try Self.copy(listing: ["dpkg", missing]), unprivileged: true)
        #expect(result.status == 77, "\(result.stderr)")
        #expect(result.stderr.contains("missing Debian packages: \(missing)\n"))
        #expect(
            result.stderr.contains("sudo apt-get update && sudo apt-get install -y --no-install-recommends \(missing)"))
    }
}
