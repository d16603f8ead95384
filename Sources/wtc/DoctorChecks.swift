import CDP
import Foundation
import WTExtract
import WTHTTP

/// One thing `wtc doctor` looked for: what it found, or what is missing and the command that fixes it.
struct DoctorFinding: Sendable {
    /// `Chromium`, `libxml2`, `libcurl`, `data folder`.
    var name: String
    /// What was found (a path, a version), or why it is missing.
    var detail: String
    /// The command or setting that fixes it; `nil` when nothing is missing.
    var fix: String?

    var isMissing: Bool { fix != nil }
}

/// The checks behind `wtc doctor`, each a small probe of the real thing: Chromium is launched and asked
/// its version, the libraries report the versions actually loaded, the data folder is tested for writing.
enum DoctorChecks {
    static let installChromium =
        "sudo apt-get install -y --no-install-recommends chromium-headless-shell "
        + "(or scripts/install-system-deps.sh in a wtc checkout), or set WTC_CHROMIUM to a Chromium executable"

    /// Finds the browser wtc would launch and starts it once (at most `timeout`) to read its version.
    static func chromium(timeout: Duration) async -> DoctorFinding {
        var options = LaunchOptions(launchTimeout: timeout, closeTimeout: .seconds(1))
        let path = options.resolvedExecutable
        let fromEnvironment = options.executablePath == nil && path != LaunchOptions.defaultExecutable
        let source = fromEnvironment ? " (from WTC_CHROMIUM)" : ""
        guard FileManager.default.isExecutableFile(atPath: path) else {
            return DoctorFinding(
                name: "Chromium", detail: "\(path)\(source): not found or not executable", fix: installChromium)
        }
        options.executablePath = path
        do {
            let product = try await withBrowser(options) { browser in browser.version.product }
            return DoctorFinding(name: "Chromium", detail: "\(path)\(source), \(product)")
        } catch {
            let why = (error as? CDPError)?.message ?? "\(error)"
            return DoctorFinding(
                name: "Chromium", detail: "\(path)\(source) did not start: \(why)",
                fix: "sudo apt-get install --reinstall chromium-headless-shell, or set WTC_CHROMIUM to a "
                    + "Chromium that starts (WTC_DEBUG=cdp shows what it says)")
        }
    }

    /// libxml2 (HTML parsing and XPath): the loaded version, and the headers' when they differ.
    static func libxml2() -> DoctorFinding {
        let loaded = LibXML2Version.loaded
        let built = LibXML2Version.built
        return DoctorFinding(name: "libxml2", detail: loaded == built ? loaded : "\(loaded) (built with \(built))")
    }

    /// libcurl (plain-HTTP mode): its version and what it was built with.
    static func libcurl() -> DoctorFinding {
        let parts = LibCurlVersion.details.split(separator: " ").dropFirst()
        let with = parts.isEmpty ? "" : " (with \(parts.joined(separator: " ")))"
        return DoctorFinding(name: "libcurl", detail: LibCurlVersion.loaded + with)
    }

    /// The folder wtc keeps its files in: `WTC_DATA_DIR`, else `~/.wtc`. Fine when it is a writable folder,
    /// or does not exist yet and can be created.
    static func dataFolder(environment: [String: String]) -> DoctorFinding {
        let configured = environment["WTC_DATA_DIR"].flatMap { $0.isEmpty ? nil : $0 }
        let path =
            configured
            ?? FileManager.default.homeDirectoryForCurrentUser.appendingPathComponent(".wtc").path
        let label = configured == nil ? path : "\(path) (from WTC_DATA_DIR)"
        let fix = "set WTC_DATA_DIR to a folder you can write"
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) {
            guard isFolder.boolValue else {
                return DoctorFinding(name: "data folder", detail: "\(label): exists but is not a folder", fix: fix)
            }
            guard access(path, W_OK) == 0 else {
                return DoctorFinding(
                    name: "data folder", detail: "\(label): exists but is not writable",
                    fix: "sudo chown -R \"$(id -u)\" \(path), or " + fix)
            }
            return DoctorFinding(name: "data folder", detail: "\(label): exists, writable")
        }
        let ancestor = nearestExistingAncestor(of: path)
        var ancestorIsFolder: ObjCBool = false
        _ = FileManager.default.fileExists(atPath: ancestor, isDirectory: &ancestorIsFolder)
        guard ancestorIsFolder.boolValue, access(ancestor, W_OK) == 0 else {
            return DoctorFinding(
                name: "data folder", detail: "\(label): cannot be created (\(ancestor) is not a writable folder)",
                fix: fix)
        }
        return DoctorFinding(name: "data folder", detail: "\(label): not created yet (wtc can create it)")
    }

    private static func nearestExistingAncestor(of path: String) -> String {
        var url = URL(fileURLWithPath: path).deletingLastPathComponent()
        while url.path != "/", !FileManager.default.fileExists(atPath: url.path) { url.deleteLastPathComponent() }
        return url.path
    }
}
