import Foundation
import WTTestSupport

/// One (markup, selectors) block of a case file.
struct CaseBlock: Sendable {
    /// The case file's name and the line the block starts on, for messages.
    var origin: String
    /// The whole document served to both sides.
    var markup: String
    /// The selectors run on `markup`, each with the line it is written on.
    var selectors: [(line: Int, text: String)]
}

/// The case files under `Cases/`: plain text, one block per markup.
///
/// ```
/// === any words naming the block
/// <p id=a>markup, one or more lines
/// ---
/// p:first-child
/// // a comment line (a selector never starts with `//`)
/// ```
///
/// Each selector line is one case; it is used exactly as written (no trimming), so trailing comments,
/// escapes and whitespace can be tested. Markup that does not start with `<!` or `<html` is wrapped in
/// a standards-mode document (`<!DOCTYPE html><html><head></head><body>…`), so both parsers build the
/// same `html`/`head`/`body` skeleton. Chromium decides what each case selects, or that it throws.
enum CaseFile {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Cases")

    /// Every case file, sorted by name.
    static func all() throws -> [(name: String, blocks: [CaseBlock])] {
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".txt") }
        return try names.sorted().map { name in
            let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            return (name, parse(text, name: name))
        }
    }

    static func parse(_ text: String, name: String) -> [CaseBlock] {
        var blocks: [CaseBlock] = []
        var current: CaseBlock?
        var inSelectors = false
        var markup: [String] = []
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = String(line)
            if line.hasPrefix("===") {
                if var done = current {
                    done.markup = wrap(markup.joined(separator: "\n"))
                    blocks.append(done)
                }
                current = CaseBlock(origin: "\(name):\(index + 1)", markup: "", selectors: [])
                markup = []
                inSelectors = false
            } else if line == "---" {
                inSelectors = true
            } else if inSelectors {
                guard !line.isEmpty, !line.hasPrefix("//") else { continue }
                current?.selectors.append((index + 1, line))
            } else if current != nil {
                markup.append(line)
            }
        }
        if var done = current {
            done.markup = wrap(markup.joined(separator: "\n"))
            blocks.append(done)
        }
        return blocks
    }

    static func wrap(_ markup: String) -> String {
        let start = markup.drop { $0.isWhitespace }.prefix(5).lowercased()
        if start.hasPrefix("<!") || start.hasPrefix("<html") { return markup }
        return "<!DOCTYPE html><html><head></head><body>\(markup)</body></html>"
    }
}
