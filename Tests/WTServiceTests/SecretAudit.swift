import Foundation
import WTAgent
import WTService
import WTTestSupport

/// Searches what a run wrote and sent for a secret, in every form `SecretScrubber` knows (as written,
/// percent-, form-, JSON- and HTML-encoded). Each finding names where it was, so a failure says which
/// file or request leaked.
struct SecretAudit {
    let scrubber: SecretScrubber
    private(set) var findings: [String] = []
    /// How many places were searched (so a test can tell an audit of nothing from a clean one).
    private(set) var searched = 0

    init(name: String, value: String) {
        scrubber = SecretScrubber([(name, value)])
    }

    /// Searches `bytes`, found at `place`.
    mutating func search(_ bytes: [UInt8], at place: String) {
        searched += 1
        let found = scrubber.secretsFound(in: bytes)
        if !found.isEmpty { findings.append("\(place): \(found.joined(separator: ", "))") }
    }

    mutating func search(_ text: String, at place: String) { search(Array(text.utf8), at: place) }

    /// Every regular file under `folder`, recursively (hidden files too).
    mutating func search(folder: URL) {
        guard let walk = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey])
        else { return }
        for case let file as URL in walk {
            guard (try? file.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true,
                let data = try? Data(contentsOf: file)
            else { continue }
            search([UInt8](data), at: file.path)
        }
    }

    /// Every request body (and header) the fake model server received, also with its messages' text
    /// decoded, so a secret escaped once inside a tool result (and again by the request's JSON) is found.
    mutating func search(_ model: FakeModelServer, label: String) {
        for (index, request) in model.requests.enumerated() {
            let headers = request.headers.map { "\($0.0): \($0.1)" }.joined(separator: "\n")
            search([UInt8](request.body) + Array(headers.utf8), at: "\(label) request \(index + 1)")
            search(request.allUserText, at: "\(label) request \(index + 1), its messages decoded")
        }
    }

    /// Every text of a run's report: the result, the error, the reuse fields and the ledger, as the CLI
    /// prints them (`RunReportJSON` is made of these pieces).
    mutating func search(_ report: RunReport, label: String) {
        let ledger = report.ledger
        var texts = [report.webTaskID, report.reuse.key, report.reuse.revisionID ?? ""]
        texts += [report.result?.jsonText ?? "", report.error?.message ?? "", report.error?.reason ?? ""]
        texts += [ledger.whyNotUsed ?? "", ledger.whyNotSaved ?? "", ledger.backend ?? ""]
        texts += ledger.models.keys
        search(texts.joined(separator: "\n"), at: "\(label) report")
    }
}
